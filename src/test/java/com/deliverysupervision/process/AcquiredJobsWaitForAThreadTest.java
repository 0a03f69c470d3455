package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The job executor's threads: an acquisition waits for a place in their queue. */
class AcquiredJobsWaitForAThreadTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger ran = new AtomicInteger();
  private ThreadPoolTaskExecutor threads;

  @BeforeEach
  void oneThreadWithAQueueOfOne() {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    properties.getJobExecution().setCorePoolSize(1);
    properties.getJobExecution().setMaxPoolSize(1);
    properties.getJobExecution().setQueueCapacity(1);
    threads = AcquiredJobsWaitForAThread.camundaTaskExecutor(properties);
    threads.initialize();
  }

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdown();
  }

  @Test
  @DisplayName(
      "A job handed in while the threads are busy and their queue is full waits for its place, then runs")
  void waitsForAPlace() throws Exception {
    threads.execute(this::busyUntilReleased);
    threads.execute(ran::incrementAndGet);

    CompletableFuture<Void> third =
        CompletableFuture.runAsync(() -> threads.execute(ran::incrementAndGet));

    assertThatThrownBy(() -> third.get(200, TimeUnit.MILLISECONDS))
        .as("the acquisition waits rather than having the job refused")
        .isInstanceOf(TimeoutException.class);
    release.countDown();
    third.get(10, TimeUnit.SECONDS);
    // The pool's own shutdown runs what is queued; the Spring executor's drops it.
    threads.getThreadPoolExecutor().shutdown();
    threads.getThreadPoolExecutor().awaitTermination(10, TimeUnit.SECONDS);
    assertThat(ran).hasValue(3);
  }

  @Test
  @DisplayName("Once the threads shut down, a job is refused, and Camunda's acquisition keeps it")
  void refusedOnceShutDown() {
    threads.shutdown();

    assertThatThrownBy(() -> threads.execute(ran::incrementAndGet))
        .isInstanceOf(TaskRejectedException.class);
  }

  private void busyUntilReleased() {
    try {
      release.await();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
    ran.incrementAndGet();
  }
}
