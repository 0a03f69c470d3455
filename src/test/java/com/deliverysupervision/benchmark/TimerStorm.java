package com.deliverysupervision.benchmark;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderRows;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.support.TestOrders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ALI-2's 14 days, all at once: orders waiting at "Confirm delivery" when the clock passes their
 * confirmation period, and the application's job executor, with application.yaml's settings, firing
 * their timers: each completes its order through the diagram's "Complete the order".
 *
 * <p>The orders are stored and their instances started straight at "Confirm delivery", 100 per
 * transaction: the storm measures the firing, and placing 100,000 orders one by one through the
 * application would take longer than the storm itself.
 */
final class TimerStorm {
  private static final int ORDERS_PER_TRANSACTION = 100;
  private static final int FIRST_STATISTICS = 1_000;
  private static final int ORDERS_BETWEEN_STATISTICS = 10_000;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final OrderRows orderRows;
  private final TransactionTemplate transactions;
  private final ExecutorService pool;
  private final int timers;
  private final Instant delivered = Instant.now();

  TimerStorm(ApplicationContext application, ExecutorService pool, int timers) {
    this.timers = timers;
    this.engine = application.getBean(ProcessEngine.class);
    this.jdbc = application.getBean(JdbcTemplate.class);
    this.orderRows = new OrderRows(application);
    this.transactions = application.getBean(TransactionTemplate.class);
    this.pool = pool;
  }

  /** Orders waiting at "Confirm delivery", their confirmation period running from now. */
  void setUp() throws Exception {
    ClockUtil.setCurrentTime(Date.from(delivered));
    Instant setupStart = Instant.now();
    int first = 0;
    while (first < timers) {
      // The first statistics come early: the runtime tables were empty when last analyzed.
      int last =
          Math.min(timers, first == 0 ? FIRST_STATISTICS : first + ORDERS_BETWEEN_STATISTICS);
      placeWaiting(first, last);
      // A day of orders arrives here in minutes: PostgreSQL gets the statistics that autovacuum
      // would gather as the tables grow (and a server may run without it); with statistics of
      // the smaller tables it planned scans, and the set-up slowed down as it went.
      jdbc.execute("analyze");
      first = last;
    }
    System.out.printf(
        "Timer storm: %,d orders waiting at Confirm delivery (set up in %s)%n",
        timers, round(Duration.between(setupStart, Instant.now())));
  }

  /** Orders from..to-1, 100 per transaction on the worker threads. */
  private void placeWaiting(int from, int to) throws Exception {
    List<Future<?>> chunks = new ArrayList<>();
    for (int first = from; first < to; first += ORDERS_PER_TRANSACTION) {
      int chunkFrom = first;
      int chunkTo = Math.min(to, first + ORDERS_PER_TRANSACTION);
      chunks.add(
          pool.submit(
              () -> transactions.executeWithoutResult(status -> startWaiting(chunkFrom, chunkTo))));
    }
    for (Future<?> chunk : chunks) {
      chunk.get();
    }
  }

  /**
   * How the storm went: timers fired, in how long, its last minute's rate divided by its first's,
   * orders completed twice and incidents.
   */
  record Result(long fired, Duration took, double lastToFirstMinute, long twice, long incidents) {}

  /** Moves the clock past the confirmation period and lets the job executor fire the timers. */
  Result fire() throws Exception {
    ClockUtil.setCurrentTime(Date.from(delivered.plus(Duration.ofDays(15))));
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    System.out.printf(
        "Timer storm: %s, up to %d jobs per acquisition%s%n",
        jobExecutor.getClass().getSimpleName(),
        jobExecutor.getMaxJobsPerAcquisition(),
        threadsOf(jobExecutor));
    try (AutoCloseable vacuum = AutovacuumStandIn.ifServerHasNone(jdbc)) {
      return fire(jobExecutor);
    }
  }

  /** The threads' pool, and what it does with a job when its queue is full. */
  private static String threadsOf(JobExecutor jobExecutor) {
    if (jobExecutor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
      return String.format(
          ", %d threads, a queue of %d, when full: %s",
          threads.getMaxPoolSize(),
          threads.getQueueCapacity(),
          threads.getThreadPoolExecutor().getRejectedExecutionHandler().getClass().getSimpleName());
    }
    return "";
  }

  private Result fire(JobExecutor jobExecutor) throws Exception {
    Instant start = Instant.now();
    CpuUse before = CpuUse.now();
    jobExecutor.start();
    long completed = 0;
    // Completed orders at each second of the storm: its first and last minute's rates.
    List<Long> completedBySecond = new ArrayList<>(List.of(0L));
    Instant nextReport = start.plus(PROGRESS_EVERY);
    while (completed < timers
        && Duration.between(start, Instant.now()).compareTo(GIVE_UP_AFTER) < 0) {
      TimeUnit.SECONDS.sleep(1);
      completed =
          count("select count(*) from ds_order where order_id like 'S-%' and status = 'COMPLETED'");
      completedBySecond.add(completed);
      if (Instant.now().isAfter(nextReport)) {
        System.out.printf(
            "  %s: %,d of %,d fired%n",
            round(Duration.between(start, Instant.now())), completed, timers);
        nextReport = nextReport.plus(PROGRESS_EVERY);
      }
    }
    Duration storm = Duration.between(start, Instant.now());
    jobExecutor.shutdown();
    // Steadier than timers/s from run to run: a busy host slows the storm, not its work.
    String cpu = CpuUse.now().since(before).per("timer", completed);
    long duplicates =
        count(
            "select count(*) from (select order_id from ds_operation_record"
                + " where order_id like 'S-%' and action = 'Order completed'"
                + " group by order_id having count(*) > 1) twice");
    long incidents = count("select count(*) from ACT_RU_INCIDENT");
    System.out.printf(
        "Timer storm: %,d of %,d timers fired in %s: %.0f timers/s, %d orders completed twice,"
            + " %d incidents%n  %s%n",
        completed,
        timers,
        round(storm),
        completed / (storm.toMillis() / 1000.0),
        duplicates,
        incidents,
        cpu);
    return new Result(
        completed, storm, lastToFirstMinute(completedBySecond), duplicates, incidents);
  }

  /**
   * Whether the storm slows down as it goes (the target: its last minute within 10% of its first):
   * timers/s in the first and the last 60 seconds, or halves of a storm shorter than two minutes.
   */
  private static double lastToFirstMinute(List<Long> completedBySecond) {
    int seconds = completedBySecond.size() - 1;
    int window = Math.min(60, seconds / 2);
    if (window == 0) {
      return Double.NaN;
    }
    double first = completedBySecond.get(window) / (double) window;
    double last =
        (completedBySecond.get(seconds) - completedBySecond.get(seconds - window))
            / (double) window;
    System.out.printf(
        "Timer storm: first %d s %.0f timers/s, last %d s %.0f timers/s (last / first %.2f)%n",
        window, first, window, last, last / first);
    return last / first;
  }

  private void startWaiting(int from, int to) {
    RuntimeService runtime = engine.getRuntimeService();
    for (int index = from; index < to; index++) {
      Order unstarted = order(index);
      String instance =
          runtime
              .createProcessInstanceByKey(AlibabaBasicDelivery.PROCESS_KEY)
              .businessKey(unstarted.orderId())
              .setVariables(OrderVariables.of(unstarted))
              .startBeforeActivity(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY)
              .execute()
              .getId();
      orderRows.insert(unstarted.startedAs(instance));
    }
  }

  private static Order order(int index) {
    String orderId = "S-" + index;
    return new Order(
        orderId,
        "cmjj00123456",
        "Website building, standard edition",
        TestOrders.SELLER,
        TestOrders.CUSTOMER,
        new BigDecimal("1200.00"),
        "USD",
        OrderStatus.PROCESSING,
        AlibabaBasicDelivery.PROCESS_KEY,
        orderId,
        null,
        OffsetDateTime.now(ZoneOffset.UTC),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false);
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static Duration round(Duration duration) {
    return Duration.ofSeconds(duration.toSeconds());
  }
}
