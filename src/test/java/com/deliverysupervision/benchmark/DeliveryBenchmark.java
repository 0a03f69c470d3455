package com.deliverysupervision.benchmark;

import com.deliverysupervision.DeliverySupervisionApplication;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestOrders;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

  private final int orders;
  private final int timers;
  private final int threads;
  private final PostgresServer server = new PostgresServer();
  private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

  private DeliveryBenchmark(int orders, int timers, int threads) {
    this.orders = orders;
    this.timers = timers;
    this.threads = threads;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options =
        new LinkedHashMap<>(Map.of("--orders", 300, "--timers", 2000, "--threads", 4));
    for (int i = 0; i + 1 < args.length; i += 2) {
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
    try (ConfigurableApplicationContext app = startApplication(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ProcessEngine bare = startBareEngine(url);
      try {
        System.out.printf(
            "Machine: %d cores; database: %s%n",
            Runtime.getRuntime().availableProcessors(), databaseVersion(url));
        warmUp(app, bare);
        double appRate = timed(orders, i -> applicationOrder(app, "B-" + i));
        double bareRate = timed(orders, i -> bareOrder(bare, "bare-" + i));
        System.out.printf(
            "Application path: %d orders at %.1f orders/s (%d threads)%n",
            orders, appRate, threads);
        for (String step : STEPS) {
          List<Long> times = new ArrayList<>(latencies.getOrDefault(step, List.of()));
          Collections.sort(times);
          System.out.printf(
              "  %-17s p50 %6.1f ms   p99 %6.1f ms%n",
              step, percentile(times, 50), percentile(times, 99));
        }
        System.out.printf("Bare engine:      %d orders at %.1f orders/s%n", orders, bareRate);
        System.out.printf(
            "Ratio application / bare engine: %.2f (target 0.9)%n", appRate / bareRate);
        timerStorm(app, engine, url);
      } finally {
        bare.close();
      }
    } finally {
      ClockUtil.reset();
      server.dropDatabase(database);
    }
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
            "--camunda.bpm.job-execution.enabled=false",
            // Tuned for a timer storm (CAMUNDA.md): a larger acquisition batch, timers first.
            "--camunda.bpm.job-execution.core-pool-size=3",
            "--camunda.bpm.job-execution.max-pool-size=3",
            "--camunda.bpm.job-execution.queue-capacity=30",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=30",
            "--camunda.bpm.job-execution.wait-time-in-millis=50",
            "--camunda.bpm.job-execution.max-wait=500",
            "--camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs=true",
            "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=true",
            "--logging.level.root=WARN",
            "--logging.level.com.deliverysupervision=WARN");
  }

  /** The engine alone on the same tables: no Spring, no authorization, no application code. */
  private ProcessEngine startBareEngine(String url) {
    ProcessEngine bare =
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setProcessEngineName("bare")
            .setJdbcUrl(url)
            .setJdbcDriver("org.postgresql.Driver")
            .setJdbcUsername(server.user)
            .setJdbcPassword(server.password)
            .setJdbcMaxActiveConnections(threads + 2)
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false)
            .buildProcessEngine();
    BpmnModelInstance equivalent =
        Bpmn.createExecutableProcess("bare-basic-delivery")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("submit")
            .camundaAssignee("${customerId}")
            .userTask("deliver")
            .camundaAssignee("${sellerId}")
            .userTask("confirm")
            .camundaAssignee("${customerId}")
            .boundaryEvent("auto")
            .timerWithDuration("P14D")
            .endEvent("autoConfirmed")
            .moveToActivity("confirm")
            .serviceTask("complete")
            .camundaExpression("${true}")
            .endEvent("done")
            .done();
    bare.getRepositoryService()
        .createDeployment()
        .addModelInstance("bare.bpmn", equivalent)
        .deploy();
    return bare;
  }

  private void warmUp(ConfigurableApplicationContext app, ProcessEngine bare) throws Exception {
    for (int i = 0; i < 20; i++) {
      applicationOrder(app, "W-" + i);
      bareOrder(bare, "warm-" + i);
    }
    latencies.clear();
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
        "customer1",
        Roles.CUSTOMERS,
        "submit demand",
        TestOrders.demand());
    complete(taskService, identity, order, "seller1", Roles.SELLERS, "project delivery", Map.of());
    complete(
        taskService, identity, order, "customer1", Roles.CUSTOMERS, "confirm delivery", Map.of());
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

  private static void bareOrder(ProcessEngine bare, String key) {
    RuntimeService runtime = bare.getRuntimeService();
    TaskService tasks = bare.getTaskService();
    String instance =
        runtime
            .startProcessInstanceByKey(
                "bare-basic-delivery",
                key,
                Map.of(
                    OrderVariables.ORDER_ID,
                    key,
                    OrderVariables.PRODUCT_ID,
                    "p1",
                    OrderVariables.SPECIFICATION,
                    "Standard",
                    OrderVariables.DELIVERY_ID,
                    key,
                    OrderVariables.SELLER_ID,
                    "seller1",
                    OrderVariables.CUSTOMER_ID,
                    "customer1"))
            .getId();
    for (Map<String, Object> variables :
        List.of(TestOrders.demand(), Map.<String, Object>of(), Map.<String, Object>of())) {
      tasks.complete(
          tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), variables);
    }
  }

  private void timerStorm(ConfigurableApplicationContext app, ProcessEngine engine, String url)
      throws Exception {
    Instant delivered = Instant.now();
    ClockUtil.setCurrentTime(Date.from(delivered));
    OrderService orderService = app.getBean(OrderService.class);
    TaskService taskService = engine.getTaskService();
    Instant setupStart = Instant.now();
    timed(
        timers,
        i -> {
          Order order =
              orderService.place(
                  TestOrders.newOrder("T-" + i, AlibabaBasicDelivery.PROCESS_KEY), MARKETPLACE);
          for (Map<String, Object> variables :
              List.of(TestOrders.demand(), Map.<String, Object>of())) {
            taskService.complete(
                taskService
                    .createTaskQuery()
                    .processInstanceId(order.processInstanceId())
                    .singleResult()
                    .getId(),
                variables);
          }
        });
    System.out.printf(
        "Timer storm: %d orders waiting at Confirm delivery (set up in %s)%n",
        timers, Duration.between(setupStart, Instant.now()));

    ClockUtil.setCurrentTime(Date.from(delivered.plus(Duration.ofDays(15))));
    Instant start = Instant.now();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .start();
    long completed = 0;
    while (completed < timers && Duration.between(start, Instant.now()).toMinutes() < 30) {
      TimeUnit.MILLISECONDS.sleep(500);
      completed =
          count(
              url,
              "select count(*) from ds_order where order_id like 'T-%' and status = 'COMPLETED'");
    }
    Duration storm = Duration.between(start, Instant.now());
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .shutdown();
    long duplicates =
        count(
            url,
            "select count(*) from (select order_id from ds_operation_record where order_id like 'T-%'"
                + " and action = 'Order completed' group by order_id having count(*) > 1) twice");
    System.out.printf(
        "Timer storm: %d of %d timers fired in %s, %.0f timers/s, %d duplicates%n",
        completed, timers, storm, completed / (storm.toMillis() / 1000.0), duplicates);
  }

  private <T> T measure(String step, java.util.function.Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    latencies
        .computeIfAbsent(step, s -> new CopyOnWriteArrayList<>())
        .add(System.nanoTime() - start);
    return result;
  }

  /** Runs the action for 0..count-1 on the worker threads; returns actions per second. */
  private double timed(int count, IntConsumer action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      runs.add(pool.submit(() -> action.accept(index)));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
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

  private long count(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, server.user, server.password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
