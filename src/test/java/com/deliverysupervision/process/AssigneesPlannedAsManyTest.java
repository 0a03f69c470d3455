package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
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
class AssigneesPlannedAsManyTest {
  private static final int BIG_PARTYS_TASKS = 2_000;

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void onPostgres() {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
  }

  @Test
  @DisplayName(
      "With one party holding most open tasks, the one plan of a task query by assignee expects an assignee's few tasks, not the big party's")
  void oneBigParty() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        statement.execute(
            "insert into ACT_RU_TASK (ID_, REV_, NAME_, ASSIGNEE_, CREATE_TIME_,"
                + " SUSPENSION_STATE_, PRIORITY_) select 'planned-as-many-' || n, 1, 'Confirm"
                + " delivery', 'bigcustomer', now(), 1, 50 from generate_series(1, "
                + BIG_PARTYS_TASKS
                + ") n");
        statement.execute("analyze ACT_RU_TASK");
        statement.execute("set local plan_cache_mode = force_generic_plan");
        statement.execute(
            "prepare by_assignee(varchar) as select ID_ from ACT_RU_TASK where ASSIGNEE_ = $1");
        try (ResultSet plan =
            statement.executeQuery("explain (format json) execute by_assignee('smallcustomer')")) {
          plan.next();
          double expected =
              new ObjectMapper()
                  .readTree(plan.getString(1))
                  .get(0)
                  .at("/Plan/Plan Rows")
                  .asDouble();
          assertThat(expected).isLessThan(BIG_PARTYS_TASKS / 20.0);
        }
      } finally {
        connection.rollback();
        statement.execute("deallocate all");
        connection.setAutoCommit(true);
      }
    }
  }

  @Test
  @DisplayName(
      "The number of assignees to plan for is set at start, and a second node's start keeps it")
  void setAtStart() throws Exception {
    assertThat(assigneesOption())
        .contains("n_distinct=" + AssigneesPlannedAsMany.DISTINCT_ASSIGNEES);

    AssigneesPlannedAsMany secondNode = new AssigneesPlannedAsMany();
    secondNode.postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    secondNode.postProcessEngineBuild(engine);

    assertThat(assigneesOption())
        .contains("n_distinct=" + AssigneesPlannedAsMany.DISTINCT_ASSIGNEES);
  }

  private String assigneesOption() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet options =
            statement.executeQuery(
                "select array_to_string(attoptions, ',') from pg_attribute"
                    + " where attrelid = 'act_ru_task'::regclass and attname = 'assignee_'")) {
      options.next();
      return options.getString(1);
    }
  }
}
