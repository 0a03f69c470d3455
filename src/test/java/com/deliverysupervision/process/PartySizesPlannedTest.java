package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.process.PartySizesPlanned.DistinctValues;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class PartySizesPlannedTest {
  private static final int BIG_PARTYS_ROWS = 2_000;

  /**
   * Camunda 7.24's query of the tasks of a process instance with the user's permission check, as
   * the engine sends it (its mapping's selectTaskByQueryCriteria; columns left out).
   */
  private static final String AUTHORIZED_TASKS_OF_AN_INSTANCE =
      "prepare tasks_of(varchar, varchar, int, int, int, int, int, int, varchar) as"
          + " select distinct RES.ID_ from ACT_RU_TASK RES"
          + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
          + " left join (select A.* from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2"
          + " and (A.USER_ID_ in ($1, '*') or A.GROUP_ID_ in ($2))"
          + " and ((A.RESOURCE_TYPE_ = $3 and A.PERMS_ & $4 = $5)"
          + " or (A.RESOURCE_TYPE_ = $6 and A.PERMS_ & $7 = $8)))"
          + " AUTH on (AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*'))"
          + " where (1 = 1 and RES.PROC_INST_ID_ = $9)"
          + " and ((RES.CASE_EXECUTION_ID_ is not null) or (AUTH.RESOURCE_ID_ is not null))"
          + " order by RES.ID_ asc";

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void onPostgres() {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
  }

  @Test
  @DisplayName(
      "With one party holding most open tasks, the one plan of a task query by assignee expects an assignee's few tasks, not the big party's")
  void oneBigAssignee() throws Exception {
    inRolledBackTransaction(
        statement -> {
          statement.execute(
              "insert into ACT_RU_TASK (ID_, REV_, NAME_, ASSIGNEE_, CREATE_TIME_,"
                  + " SUSPENSION_STATE_, PRIORITY_) select 'planned-as-many-' || n, 1, 'Confirm"
                  + " delivery', 'bigcustomer', now(), 1, 50 from generate_series(1, "
                  + BIG_PARTYS_ROWS
                  + ") n");
          statement.execute("analyze ACT_RU_TASK");
          statement.execute(
              "prepare by_assignee(varchar) as select ID_ from ACT_RU_TASK where ASSIGNEE_ = $1");
          JsonNode plan = plan(statement, "explain (format json) execute by_assignee('small')");
          assertThat(plan.at("/Plan/Plan Rows").asDouble()).isLessThan(BIG_PARTYS_ROWS / 20.0);
        });
  }

  @Test
  @DisplayName(
      "A permission check reads the grants of the resource, not every grant of a user who holds thousands")
  void oneBigGrantHolder() throws Exception {
    inRolledBackTransaction(
        statement -> {
          statement.execute(
              "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_,"
                  + " RESOURCE_ID_, PERMS_) select 'planned-grant-' || n, 1, 1, 'bigcustomer',"
                  + " 20, 'planned-history-' || n, 2 from generate_series(1, "
                  + BIG_PARTYS_ROWS
                  + ") n");
          statement.execute(
              "insert into ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_) values"
                  + " ('planned-instance', 1, 'planned-instance')");
          statement.execute(
              "insert into ACT_RU_TASK (ID_, REV_, NAME_, ASSIGNEE_, PROC_INST_ID_, CREATE_TIME_,"
                  + " SUSPENSION_STATE_, PRIORITY_) values ('planned-task', 1, 'Confirm"
                  + " delivery', 'bigcustomer', 'planned-instance', now(), 1, 50)");
          statement.execute(
              "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_,"
                  + " RESOURCE_ID_, PERMS_) values ('planned-task-grant', 1, 1, 'bigcustomer',"
                  + " 7, 'planned-task', 2)");
          statement.execute("analyze ACT_RU_AUTHORIZATION, ACT_RU_TASK");
          statement.execute(AUTHORIZED_TASKS_OF_AN_INSTANCE);
          JsonNode plan =
              plan(
                  statement,
                  "explain (analyze, format json) execute tasks_of('bigcustomer', 'customers',"
                      + " 7, 2, 2, 6, 64, 64, 'planned-instance')");
          assertThat(plan.at("/Plan/Actual Rows").asInt()).isEqualTo(1);
          assertThat(grantsRead(plan.get("Plan")))
              .as(plan.toPrettyString())
              .isLessThan(BIG_PARTYS_ROWS / 10);
        });
  }

  @Test
  @DisplayName(
      "The parties' sizes to plan for are set at start, and a second node's start keeps them")
  void setAtStart() throws Exception {
    for (DistinctValues values : PartySizesPlanned.PLANNED) {
      assertThat(option(values).split(",")).contains(values.option());
    }

    PartySizesPlanned secondNode = new PartySizesPlanned();
    secondNode.postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    secondNode.postProcessEngineBuild(engine);

    for (DistinctValues values : PartySizesPlanned.PLANNED) {
      assertThat(option(values).split(",")).contains(values.option());
    }
  }

  /** The index entries of grants the plan read, over all its scans of the grants' indexes. */
  private static int grantsRead(JsonNode node) {
    int read =
        node.path("Index Name").asText().contains("auth")
            ? node.path("Actual Rows").asInt() * node.path("Actual Loops").asInt()
            : 0;
    for (JsonNode child : node.path("Plans")) {
      read += grantsRead(child);
    }
    return read;
  }

  private static JsonNode plan(Statement statement, String explain) throws Exception {
    try (ResultSet plan = statement.executeQuery(explain)) {
      plan.next();
      return new ObjectMapper().readTree(plan.getString(1)).get(0);
    }
  }

  private interface Work {
    void run(Statement statement) throws Exception;
  }

  private void inRolledBackTransaction(Work work) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        work.run(statement);
      } finally {
        connection.rollback();
        statement.execute("deallocate all");
        connection.setAutoCommit(true);
      }
    }
  }

  /** Read with a query of its own, not the class's. */
  private String option(DistinctValues values) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet options =
            statement.executeQuery(
                "select array_to_string(attoptions, ',') from pg_attribute where attrelid = '"
                    + values.table().toLowerCase()
                    + "'::regclass and attname = '"
                    + values.column().toLowerCase()
                    + "'")) {
      options.next();
      return options.getString(1);
    }
  }
}
