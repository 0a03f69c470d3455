package com.deliverysupervision.process;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's threads, built by the Camunda starter's own method from {@code
 * camunda.bpm.job-execution.*}, but for one thing: a job acquired while the queue is full waits for
 * its place instead of being refused.
 *
 * <p>Camunda's acquisition, with some of its jobs refused, hands them in again at once and acquires
 * as many new ones as the queue took: under load (a storm of due confirmations) it ran an
 * acquisition, a transaction of its own, for every job or two (0.71 per timer). Waiting, it
 * acquires full batches. The jobs it holds meanwhile stay locked for it, as refused ones did.
 *
 * <p>It takes the place of the starter's bean of that name and changes the pool the starter builds,
 * so every Camunda upgrade puts it at risk: {@code AcquiredJobsWaitForAThreadTest} proves what the
 * pool does when full or shut down.
 */
@Configuration
class AcquiredJobsWaitForAThread {
  /** How long a wait for a place lasts before it looks again whether the pool shut down. */
  private static final long LOOK_AGAIN_MILLIS = 100;

  @Bean(JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER)
  @ConditionalOnProperty(
      prefix = "camunda.bpm.job-execution",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static ThreadPoolTaskExecutor camundaTaskExecutor(CamundaBpmProperties properties) {
    ThreadPoolTaskExecutor threads =
        (ThreadPoolTaskExecutor) JobConfiguration.camundaTaskExecutor(properties);
    threads.setRejectedExecutionHandler(new WaitForAPlace());
    return threads;
  }

  /** Waits for a place in the queue, as long as the pool runs. */
  static final class WaitForAPlace implements RejectedExecutionHandler {
    @Override
    public void rejectedExecution(Runnable jobs, ThreadPoolExecutor pool) {
      try {
        while (!pool.isShutdown()) {
          if (pool.getQueue().offer(jobs, LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS)) {
            return;
          }
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
      // Refused, Camunda's acquisition keeps the jobs and hands them in again, or their lock
      // expires.
      throw new RejectedExecutionException("The job executor's threads are shutting down");
    }
  }
}
