package com.deliverysupervision.benchmark;

import com.deliverysupervision.DeliverySupervisionApplication;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.notification.MailDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestMailServer;
import com.deliverysupervision.support.TestOrders;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the application against the bare engine on one PostgreSQL database, and a timer storm.
 * Prints figures; it passes or fails nothing. Run it as the README says:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.args="--orders 600 --timers 2000 --threads 4"</pre>
 */
public final class DeliveryBenchmark {
  private static final CurrentUser MARKETPLACE =
      new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));

  /**
   * The application and the bare engines take turns in rounds of this many orders, so that none
   * profits alone from a warmer JIT, caches or a smaller database.
   */
  private static final int ROUND = 100;

  /** Runs of each marketplace path before it is measured, and the fewest measured. */
  private static final int PATH_WARM_UP = 100;

  private final int orders;
  private final int timers;
  private final int threads;
  private final String only;
  private final boolean timersGiven;
  private final PostgresServer server = new PostgresServer();
  private final ExecutorService pool;
  private TaskService taskService;
  private IdentityService identity;

  private DeliveryBenchmark(int orders, int timers, boolean timersGiven, int threads, String only) {
    this.orders = orders;
    this.timers = timers;
    this.timersGiven = timersGiven;
    this.threads = threads;
    this.only = only;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        new LinkedHashMap<>(
            Map.of("--orders", "600", "--timers", "2000", "--threads", "4", "--only", ""));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i])) {
        throw new IllegalArgumentException(
            "Unknown option " + args[i] + "; known: " + options.keySet());
      }
      options.put(args[i], args[i + 1]);
    }
    new DeliveryBenchmark(
            Integer.parseInt(options.get("--orders")),
            Integer.parseInt(options.get("--timers")),
            List.of(args).contains("--timers"),
            Integer.parseInt(options.get("--threads")),
            options.get("--only"))
        .run();
    System.exit(0);
  }

  private void run() throws Exception {
    String database = server.createDatabase("ds_benchmark");
    String url = server.urlOf(database);
    try (TestMailServer smtp = TestMailServer.startOnFreePort();
        ConfigurableApplicationContext app = startApplication(url, smtp.port());
        BareEngine defaults = BareEngine.withDefaults(url, server.user, server.password, threads);
        BareEngine tuned =
            BareEngine.withApplicationSettings(url, server.user, server.password, threads)) {
      taskService = app.getBean(TaskService.class);
      identity = app.getBean(IdentityService.class);
      System.out.printf(
          "Machine: %d cores; database: %s; %d client threads%n",
          Runtime.getRuntime().availableProcessors(), databaseVersion(url), threads);
      List<Variant> variants = variants(app, defaults, tuned, "", "");
      if (only.equals("storm")) {
        profileStorm(app);
        return;
      }
      if (only.equals("tasklist")) {
        new TimerStorm(app, pool, timers).setUp();
        keptAsAutovacuumWould(app);
        new TasklistPages(app).measure();
        return;
      }
      if (!only.isEmpty() && !only.equals("ratios")) {
        profileAlone(variants, app);
        return;
      }
      warmUp(variants);
      keptAsAutovacuumWould(app);
      System.out.println("On a database with no other orders open:");
      Ratios empty = compare(variants);
      if (only.equals("ratios")) {
        return;
      }
      measurePaths(new MarketplacePaths(app));
      measureMailDelivery(app);
      TimerStorm storm = new TimerStorm(app, pool, timers);
      storm.setUp();
      // The same comparison on a database as a busy marketplace has it (the waiting orders' open
      // tasks, jobs and grants are what each query and check searches through).
      System.out.printf("Again, with %,d orders waiting at Confirm delivery:%n", timers);
      List<Variant> amongWaiting =
          variants(app, defaults, tuned, "L", String.format(", %,d waiting", timers));
      // The paths, the outbox and the setup set the JIT compiling again (37% of the measured time
      // in a full-size run): warmed up once more, so that the two comparisons measure alike.
      warmUp(amongWaiting);
      keptAsAutovacuumWould(app);
      Ratios waiting = compare(amongWaiting);
      printSummary(empty, waiting, storm.fire());
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
      if (Boolean.getBoolean("keepDatabase")) {
        System.out.println("Database kept for EXPLAIN: " + database);
      } else {
        server.dropDatabase(database);
      }
    }
  }

  /**
   * For profiling (JFR, pg_stat_statements): one variant alone, warmed up, then its orders with the
   * statements each order ran, when the server has pg_stat_statements. With {@code --timers} given,
   * among that many orders waiting at Confirm delivery.
   */
  private void profileAlone(List<Variant> variants, ConfigurableApplicationContext app)
      throws Exception {
    if (timersGiven) {
      new TimerStorm(app, pool, timers).setUp();
    }
    Variant variant =
        variants.stream()
            .filter(v -> v.name.toLowerCase(Locale.ROOT).contains(only.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--only takes ratios, storm, tasklist or a part of a variant's name: application,"
                            + " defaults, settings"));
    warmUp(List.of(variant));
    keptAsAutovacuumWould(app);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    StatementsPerOrder statements = new StatementsPerOrder(jdbc);
    statements.reset();
    measure(variant, orders, variant::run);
    print(variant, orders, "");
    statements.print(orders);
  }

  /** For profiling: the timer storm alone, with the statements each timer ran. */
  private void profileStorm(ConfigurableApplicationContext app) throws Exception {
    TimerStorm storm = new TimerStorm(app, pool, timers);
    storm.setUp();
    StatementsPerOrder statements = new StatementsPerOrder(app.getBean(JdbcTemplate.class));
    statements.reset();
    storm.fire();
    statements.print(timers);
  }

  /**
   * The database as autovacuum keeps a running one: the warm-up's dead rows vacuumed, statistics
   * current. A warm-up leaves some 30 dead rows per order in the runtime tables; on a server
   * without autovacuum the comparison measured their scanning (8 to 9 ms more of the database
   * server's CPU per order, every variant alike). Planned on the empty tables of a new database,
   * the authorization checks' joins were a third slower.
   */
  private static void keptAsAutovacuumWould(ConfigurableApplicationContext app) {
    // VACUUM runs outside a transaction: JdbcTemplate's statements auto-commit here.
    app.getBean(JdbcTemplate.class).execute("vacuum analyze");
  }

  /** Until the JIT has settled ({@link WarmUp}); then nothing of the warm-up counts. */
  private void warmUp(List<Variant> variants) throws Exception {
    System.out.println("Warming up until the JIT has compiled what the orders run:");
    new WarmUp(this::timed).run(variants.stream().map(v -> (IntConsumer) v::run).toList());
    variants.forEach(v -> v.steps.clear());
  }

  private List<Variant> variants(
      ConfigurableApplicationContext app,
      BareEngine defaults,
      BareEngine tuned,
      String idPrefix,
      String nameSuffix) {
    return List.of(
        new Variant(
            "Application" + nameSuffix,
            (i, steps) -> applicationOrder(app, idPrefix + "B-" + i, steps)),
        new Variant(
            "Bare engine, " + defaults.description + nameSuffix,
            (i, steps) -> defaults.runOrder(idPrefix + "D-" + i, steps)),
        new Variant(
            "Bare engine, " + tuned.description + nameSuffix,
            (i, steps) -> tuned.runOrder(idPrefix + "U-" + i, steps)));
  }

  /**
   * The application's orders/s divided by each bare engine's, and how fast the machine is: the bare
   * engine with Camunda's defaults' orders/s.
   */
  private record Ratios(double toDefaults, double toSettings, double bareDefaultsRate) {}

  /**
   * The variants take turns in rounds, each round started by the next variant, so that none always
   * runs right after the same other (its garbage collected, its compiled code replaced); then their
   * figures and the ratios.
   */
  private Ratios compare(List<Variant> variants) throws Exception {
    List<Double> roundRatios = new ArrayList<>();
    for (int done = 0, round = 0; done < orders; done += ROUND, round++) {
      int first = done;
      int count = Math.min(ROUND, orders - done);
      double[] seconds = new double[variants.size()];
      for (int turn = 0; turn < variants.size(); turn++) {
        int v = (round + turn) % variants.size();
        Variant variant = variants.get(v);
        seconds[v] = measure(variant, count, i -> variant.run(first + i));
      }
      roundRatios.add(seconds[1] / seconds[0]);
    }
    report(variants);
    printSpread(roundRatios);
    double application = variants.get(0).rate(orders);
    return new Ratios(
        application / variants.get(1).rate(orders),
        application / variants.get(2).rate(orders),
        variants.get(1).rate(orders));
  }

  /** Every figure that has a target, with the target, and the machine they come from. */
  private void printSummary(Ratios empty, Ratios waiting, TimerStorm.Result storm) {
    System.out.printf(
        "Summary (targets: docs/benchmark.md), %d cores, bare engine with Camunda's defaults at"
            + " %.1f orders/s on an empty database:%n",
        Runtime.getRuntime().availableProcessors(), empty.bareDefaultsRate());
    System.out.printf(
        "  application / bare engine with the application's settings: %.2f empty, %.2f among"
            + " %,d waiting (target 0.9 or more, the two within 5%%)%n",
        empty.toSettings(), waiting.toSettings(), timers);
    System.out.printf(
        "  application / bare engine with Camunda's defaults: %.2f empty, %.2f among %,d waiting"
            + " (target 1.0 or more)%n",
        empty.toDefaults(), waiting.toDefaults(), timers);
    System.out.printf(
        "  timer storm: %,d fired in %d min %d s, %.0f timers/s (target: 100,000 in under 5 min"
            + " where the storm ran 291/s before); last minute / first %.2f (target within 10%%);"
            + " %d twice, %d incidents (target 0 and 0)%n",
        storm.fired(),
        storm.took().toMinutes(),
        storm.took().toSecondsPart(),
        storm.fired() / (storm.took().toMillis() / 1000.0),
        storm.lastToFirstMinute(),
        storm.twice(),
        storm.incidents());
  }

  private void report(List<Variant> variants) {
    Variant application = variants.get(0);
    for (Variant variant : variants) {
      print(
          variant,
          orders,
          variant == application
              ? ""
              : String.format(
                  "; ratio application / this %.2f",
                  application.rate(orders) / variant.rate(orders)));
    }
    System.out.println(
        "Targets: application / bare engine with the application's settings >= 0.9;"
            + " application / bare engine with Camunda defaults >= 1.0");
  }

  /** How steady the ratio is: the same ratio, round by round. */
  private static void printSpread(List<Double> roundRatios) {
    List<Double> sorted = roundRatios.stream().sorted().toList();
    System.out.printf(
        "Ratio application / bare engine with Camunda defaults in each of %d rounds of %d:"
            + " lowest %.2f, median %.2f, highest %.2f%n",
        sorted.size(),
        ROUND,
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1));
  }

  private static void print(Variant variant, int orders, String comparison) {
    System.out.printf(
        "%s: %d orders at %.1f orders/s%s%n  %s%n",
        variant.name, orders, variant.rate(orders), comparison, variant.cpu.perOrder(orders));
    for (String step : Steps.ALL) {
      System.out.printf(
          "  %-17s p50 %6.1f ms   p99 %6.1f ms%n",
          step, variant.steps.percentile(step, 50), variant.steps.percentile(step, 99));
    }
  }

  /** Each path warmed up, then timed alone, on the worker threads. */
  private void measurePaths(MarketplacePaths paths) throws Exception {
    int count = Math.max(PATH_WARM_UP, orders / 3);
    for (MarketplacePaths.Path path : paths.all()) {
      timed(PATH_WARM_UP, i -> path.run().accept(-1 - i));
      double seconds = timed(count, path.run());
      System.out.printf("%s: %d at %.1f/s%n", path.name(), count, count / seconds);
    }
  }

  /**
   * ALL-5's e-mails of every order so far, waiting in the outbox (no node sent them: the job
   * executor, and with it the sender's schedule, is off), sent by one node to a local SMTP server.
   */
  private void measureMailDelivery(ConfigurableApplicationContext app) {
    MailDelivery mail = app.getBean(MailDelivery.class);
    long start = System.nanoTime();
    int sent = mail.sendDue();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "Notification outbox: %,d e-mails sent by one node to a local SMTP server (GreenMail) in"
            + " %.1f s: %.0f e-mails/s%n",
        sent, seconds, sent / seconds);
  }

  private ConfigurableApplicationContext startApplication(String url, int smtpPort) {
    ConfigurableApplicationContext app = startWithJobExecutor(url, smtpPort);
    // Nothing is due yet; the marketplace paths run their jobs themselves, as tests do.
    ((ProcessEngineConfigurationImpl)
            app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor()
        .shutdown();
    return app;
  }

  private ConfigurableApplicationContext startWithJobExecutor(String url, int smtpPort) {
    // As arguments: they must win over application-default.yaml's embedded database.
    return new SpringApplicationBuilder(DeliverySupervisionApplication.class)
        .profiles("default")
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + server.user,
            "--spring.datasource.password=" + server.password,
            "--server.port=0",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtpPort,
            // The job executor of application.yaml, as in production: disabled, the engine would
            // fall back to Camunda's defaults. Stopped once started (below) until the timer storm;
            // the outbox waits for the benchmark's own sending.
            "--camunda.bpm.job-execution.enabled=true",
            "--delivery.notifications.mail.poll-interval=P1D",
            "--logging.level.root=WARN",
            "--logging.level.com.deliverysupervision=WARN");
  }

  /** Through the application's service, as the marketplace, the customer and the seller. */
  private void applicationOrder(ConfigurableApplicationContext app, String orderId, Steps steps) {
    OrderService orderService = app.getBean(OrderService.class);
    Order order =
        steps.measure(
            Steps.PLACE_ORDER,
            () ->
                orderService.place(
                    TestOrders.newOrder(orderId, AlibabaBasicDelivery.PROCESS_KEY), MARKETPLACE));
    Party customer = new Party(TestOrders.CUSTOMER, Roles.CUSTOMERS);
    Party seller = new Party(TestOrders.SELLER, Roles.SELLERS);
    complete(order, customer, steps, Steps.SUBMIT_DEMAND, TestOrders.demand());
    complete(order, seller, steps, Steps.PROJECT_DELIVERY, Map.of());
    complete(order, customer, steps, Steps.CONFIRM_DELIVERY, Map.of());
  }

  private record Party(String userId, String group) {}

  private void complete(
      Order order, Party party, Steps steps, String step, Map<String, Object> variables) {
    identity.setAuthentication(party.userId(), List.of(party.group()));
    try {
      steps.measure(
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

  /** Runs a variant's orders and adds their time and CPU to its figures; the seconds it took. */
  private double measure(Variant variant, int count, IntConsumer action) throws Exception {
    CpuUse before = CpuUse.now();
    double seconds = timed(count, action);
    variant.seconds += seconds;
    variant.cpu = variant.cpu.plus(CpuUse.now().since(before));
    return seconds;
  }

  private String databaseVersion(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, server.user, server.password)) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** One way of running an order from placement to confirmation, and what it took. */
  private static final class Variant {
    final String name;
    final BiConsumer<Integer, Steps> order;
    final Steps steps = new Steps();
    double seconds;
    CpuUse cpu = CpuUse.NONE;

    Variant(String name, BiConsumer<Integer, Steps> order) {
      this.name = name;
      this.order = order;
    }

    void run(int index) {
      order.accept(index, steps);
    }

    double rate(int count) {
      return count / seconds;
    }
  }
}
