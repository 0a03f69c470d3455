package com.deliverysupervision.benchmark;

import com.deliverysupervision.DeliverySupervisionApplication;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestOrders;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the application against the bare engine on one PostgreSQL database, and a timer storm.
 * Prints figures; it passes or fails nothing. Run it as the README says:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.args="--orders 300 --timers 2000 --threads 4"</pre>
 */
public final class DeliveryBenchmark {
  private static final CurrentUser MARKETPLACE =
      new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
  private static final List<String> STEPS =
      List.of("place order", "submit demand", "project delivery", "confirm delivery");

  /**
   * The application and the bare engines take turns in rounds of this many orders, so that neither
   * profits alone from a warmer JIT, caches or a smaller database.
   */
  private static final int ROUND = 50;

  private static final int WARM_UP = 100;

  private final int orders;
  private final int timers;
  private final int threads;
  private final PostgresServer server = new PostgresServer();
  private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
  private final ExecutorService pool;

  private DeliveryBenchmark(int orders, int timers, int threads) {
    this.orders = orders;
    this.timers = timers;
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options =
        new LinkedHashMap<>(Map.of("--orders", 300, "--timers", 2000, "--threads", 4));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i])) {
        throw new IllegalArgumentException(
            "Unknown option " + args[i] + "; known: " + options.keySet());
      }
      options.put(args[i], Integer.valueOf(args[i + 1]));
    }
    new DeliveryBenchmark(
            options.get("--orders"), options.get("--timers"), options.get("--threads"))
        .run();
    System.exit(0);
  }

  private void run() throws Exception {
    String database = server.createDatabase("ds_benchmark");
    String url = server.urlOf(database);
    try (ConfigurableApplicationContext app = startApplication(url);
        BareEngine defaults = BareEngine.withDefaults(url, server.user, server.password, threads);
        BareEngine tuned =
            BareEngine.withApplicationSettings(url, server.user, server.password, threads)) {
      System.out.printf(
          "Machine: %d cores; database: %s; %d client threads%n",
          Runtime.getRuntime().availableProcessors(), databaseVersion(url), threads);
      List<Variant> variants =
          List.of(
              new Variant("Application", i -> applicationOrder(app, "B-" + i)),
              new Variant("Bare engine, " + defaults.description, i -> defaults.runOrder("D-" + i)),
              new Variant("Bare engine, " + tuned.description, i -> tuned.runOrder("U-" + i)));
      for (Variant variant : variants) {
        timed(WARM_UP, i -> variant.order.accept(-1 - i));
      }
      latencies.clear();
      for (int done = 0; done < orders; done += ROUND) {
        int first = done;
        int count = Math.min(ROUND, orders - done);
        for (Variant variant : variants) {
          variant.seconds += timed(count, i -> variant.order.accept(first + i));
        }
      }
      report(variants);
      new TimerStorm(
              app.getBean(ProcessEngine.class),
              app.getBean(JdbcTemplate.class),
              app.getBean(TransactionTemplate.class),
              pool)
          .run(timers);
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
      server.dropDatabase(database);
    }
  }

  private void report(List<Variant> variants) {
    Variant application = variants.get(0);
    System.out.printf(
        "%s: %d orders at %.1f orders/s%n", application.name, orders, application.rate(orders));
    for (String step : STEPS) {
      List<Long> times = new ArrayList<>(latencies.getOrDefault(step, List.of()));
      Collections.sort(times);
      System.out.printf(
          "  %-17s p50 %6.1f ms   p99 %6.1f ms%n",
          step, percentile(times, 50), percentile(times, 99));
    }
    for (Variant bare : variants.subList(1, variants.size())) {
      System.out.printf(
          "%s: %d orders at %.1f orders/s; ratio application / bare %.2f%n",
          bare.name, orders, bare.rate(orders), application.rate(orders) / bare.rate(orders));
    }
    System.out.println("Target: ratio application / bare engine with Camunda defaults >= 0.9");
  }

  private ConfigurableApplicationContext startApplication(String url) {
    // As arguments: they must win over application-default.yaml's embedded database.
    return new SpringApplicationBuilder(DeliverySupervisionApplication.class)
        .profiles("default")
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + server.user,
            "--spring.datasource.password=" + server.password,
            "--server.port=0",
            // Started for the timer storm only, with application.yaml's settings.
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=WARN",
            "--logging.level.com.deliverysupervision=WARN");
  }

  /** Through the application's service, as the marketplace, the customer and the seller. */
  private void applicationOrder(ConfigurableApplicationContext app, String orderId) {
    OrderService orderService = app.getBean(OrderService.class);
    TaskService taskService = app.getBean(TaskService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    Order order =
        measure(
            "place order",
            () ->
                orderService.place(
                    TestOrders.newOrder(orderId, AlibabaBasicDelivery.PROCESS_KEY), MARKETPLACE));
    complete(
        taskService,
        identity,
        order,
        TestOrders.CUSTOMER,
        Roles.CUSTOMERS,
        "submit demand",
        TestOrders.demand());
    complete(
        taskService,
        identity,
        order,
        TestOrders.SELLER,
        Roles.SELLERS,
        "project delivery",
        Map.of());
    complete(
        taskService,
        identity,
        order,
        TestOrders.CUSTOMER,
        Roles.CUSTOMERS,
        "confirm delivery",
        Map.of());
  }

  private void complete(
      TaskService taskService,
      IdentityService identity,
      Order order,
      String user,
      String group,
      String step,
      Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(group));
    try {
      measure(
          step,
          () -> {
            String task =
                taskService
                    .createTaskQuery()
                    .processInstanceId(order.processInstanceId())
                    .singleResult()
                    .getId();
            taskService.complete(task, variables);
            return null;
          });
    } finally {
      identity.clearAuthentication();
    }
  }

  private <T> T measure(String step, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    latencies
        .computeIfAbsent(step, s -> new CopyOnWriteArrayList<>())
        .add(System.nanoTime() - start);
    return result;
  }

  /** Runs the action for 0..count-1 on the worker threads; returns the seconds it took. */
  private double timed(int count, IntConsumer action) throws Exception {
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      runs.add(pool.submit(() -> action.accept(index)));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private String databaseVersion(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, server.user, server.password)) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** One way of running an order from placement to confirmation, and the time it has taken. */
  private static final class Variant {
    final String name;
    final IntConsumer order;
    double seconds;

    Variant(String name, IntConsumer order) {
      this.name = name;
      this.order = order;
    }

    double rate(int count) {
      return count / seconds;
    }
  }
}
