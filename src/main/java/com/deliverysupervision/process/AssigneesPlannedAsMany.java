package com.deliverysupervision.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the one plan each task query by assignee keeps ({@link
 * PostgresPlansWithoutSequentialScans}) is made for a marketplace's assignees: many, each with a
 * few open tasks. The server's statistics tell it how many tasks an assignee has on average from a
 * sample of the open tasks; where one party holds most of them, the sample finds a handful of
 * assignees, and the plan for any assignee became the dominant party's: Tasklist's "My delivery
 * tasks" read every open task, newest first, to find a small party's. A customer with 3 open tasks
 * among another's 100,000: 43.4 ms for its page and count, 2.05 ms with the assignees counted as
 * many; the big customer's page and count stay where they were (252 and 248 ms, PostgreSQL 15.20, 2
 * cores).
 *
 * <p>The number of distinct assignees is fixed at a twentieth of the open tasks ({@code n_distinct}
 * of {@code ACT_RU_TASK.ASSIGNEE_}), which the server's statistics keep from then on. Set at start
 * where it is not yet, with the table's statistics taken again. A database user without the right
 * gets a warning with the statements for its administrator, not a failed start.
 */
@Component
class AssigneesPlannedAsMany extends AbstractProcessEnginePlugin {
  /** Negative: a share of the rows, so that it grows with the table. */
  static final String DISTINCT_ASSIGNEES = "-0.05";

  static final String SET =
      "alter table ACT_RU_TASK alter column ASSIGNEE_ set (n_distinct = "
          + DISTINCT_ASSIGNEES
          + "); analyze ACT_RU_TASK";

  private static final String CURRENT =
      "select coalesce(array_to_string(attoptions, ','), '') from pg_attribute"
          + " where attrelid = 'act_ru_task'::regclass and attname = 'assignee_'";

  private static final Logger log = LoggerFactory.getLogger(AssigneesPlannedAsMany.class);

  private DataSource dataSource;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource =
        "postgres".equals(configuration.getDatabaseType()) ? configuration.getDataSource() : null;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (dataSource == null) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!alreadySet(statement)) {
        statement.execute(SET);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        log.info("Task assignees planned as many: n_distinct {}", DISTINCT_ASSIGNEES);
      }
    } catch (SQLException refused) {
      log.warn(
          "Could not set how many task assignees to plan for; Tasklist's lists of small parties"
              + " will be slow beside a big one. Ask the database administrator to run: {}",
          SET,
          refused);
    }
  }

  private static boolean alreadySet(Statement statement) throws SQLException {
    try (ResultSet options = statement.executeQuery(CURRENT)) {
      return options.next() && options.getString(1).contains("n_distinct=" + DISTINCT_ASSIGNEES);
    }
  }
}
