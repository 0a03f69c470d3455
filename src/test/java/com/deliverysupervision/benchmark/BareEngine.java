package com.deliverysupervision.benchmark;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.HistoryWorthKeeping;
import com.deliverysupervision.process.InsertBatchesAsOneStatement;
import com.deliverysupervision.process.PostgresPlansWithoutSequentialScans;
import com.deliverysupervision.support.TestOrders;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A plain Camunda engine beside the application on the same database: no Spring, no authorization,
 * no application code, and a diagram equivalent to the basic delivery (three user tasks, the 14-day
 * timer, a service task that does nothing).
 */
final class BareEngine implements AutoCloseable {
  private final ProcessEngine engine;
  private final String processKey;
  final String description;

  private BareEngine(ProcessEngine engine, String processKey, String description) {
    this.engine = engine;
    this.processKey = processKey;
    this.description = description;
  }

  /** Camunda's defaults, full history: the engine as it comes. */
  static BareEngine withDefaults(String url, String user, String password, int threads) {
    return start("bare-defaults", configuration(url, user, password, threads), "Camunda defaults");
  }

  /**
   * The engine settings of application.yaml that change the work per order, and the history the
   * application keeps ({@link HistoryWorthKeeping}), its inserts ({@link
   * InsertBatchesAsOneStatement}) and its sessions' plans ({@link
   * PostgresPlansWithoutSequentialScans}), so that the difference to the application is what the
   * application's code and authorization cost.
   */
  static BareEngine withApplicationSettings(String url, String user, String password, int threads) {
    ProcessEngineConfigurationImpl configuration = configuration(url, user, password, threads);
    // PostgresBatchedInserts' data source, around the pool the engine would have made, its
    // sessions planned as the application's (PostgresPlansWithoutSequentialScans).
    Properties driver = new Properties();
    driver.setProperty("user", user);
    driver.setProperty("password", password);
    driver.setProperty("options", PostgresPlansWithoutSequentialScans.OPTIONS);
    PooledDataSource pool =
        new PooledDataSource(ReflectUtil.getClassLoader(), "org.postgresql.Driver", url, driver);
    pool.setPoolMaximumActiveConnections(threads + 2);
    configuration.setDataSource(new InsertBatchesAsOneStatement(pool));
    configuration.setHistoryRemovalTimeStrategy(
        ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
    configuration.setTaskMetricsEnabled(false);
    configuration.getProcessEnginePlugins().add(new HistoryWorthKeeping());
    // The starter's id generator: time-based UUIDs, which need no id blocks from the database.
    configuration.setIdGenerator(new StrongUuidGenerator());
    return start("bare-tuned", configuration, "the application's engine settings");
  }

  private static ProcessEngineConfigurationImpl configuration(
      String url, String user, String password, int threads) {
    return (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setJdbcUrl(url)
            .setJdbcDriver("org.postgresql.Driver")
            .setJdbcUsername(user)
            .setJdbcPassword(password)
            .setJdbcMaxActiveConnections(threads + 2)
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false);
  }

  private static BareEngine start(
      String name, ProcessEngineConfigurationImpl configuration, String description) {
    ProcessEngine engine = configuration.setProcessEngineName(name).buildProcessEngine();
    String processKey = name + "-basic-delivery";
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(name + ".bpmn", equivalentDiagram(processKey))
        .deploy();
    return new BareEngine(engine, processKey, description);
  }

  private static BpmnModelInstance equivalentDiagram(String processKey) {
    return Bpmn.createExecutableProcess(processKey)
        .camundaHistoryTimeToLive(365)
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
  }

  /** One order from start to end: the customer's demand, the delivery, the confirmation. */
  void runOrder(String key, Steps steps) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    String instance =
        steps.measure(
            Steps.PLACE_ORDER,
            () ->
                runtime
                    .startProcessInstanceByKey(
                        processKey,
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
                            TestOrders.SELLER,
                            OrderVariables.CUSTOMER_ID,
                            TestOrders.CUSTOMER))
                    .getId());
    complete(tasks, instance, steps, Steps.SUBMIT_DEMAND, TestOrders.demand());
    complete(tasks, instance, steps, Steps.PROJECT_DELIVERY, Map.of());
    complete(tasks, instance, steps, Steps.CONFIRM_DELIVERY, Map.of());
  }

  private static void complete(
      TaskService tasks, String instance, Steps steps, String step, Map<String, Object> variables) {
    steps.measure(
        step,
        () -> {
          tasks.complete(
              tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
              variables);
          return null;
        });
  }

  @Override
  public void close() {
    DataSource dataSource =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    engine.close();
    // The engine closes only a pool of its own making.
    if (dataSource instanceof InsertBatchesAsOneStatement inserts
        && inserts.getTargetDataSource() instanceof PooledDataSource pool) {
      pool.forceCloseAll();
    }
  }
}
