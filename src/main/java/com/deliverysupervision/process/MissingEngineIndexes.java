package com.deliverysupervision.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds indexes that Camunda's schema lacks and that a marketplace's load needs, found with the
 * benchmark's timer storm (100,000 orders waiting at "Confirm delivery", README):
 *
 * <ul>
 *   <li>job acquisition, timers first and by due date (application.yaml), walks {@code (TYPE_,
 *       DUEDATE_)}; without it every acquisition sorts all waiting jobs;
 *   <li>its "no other job of this instance is running" check finds running jobs by lock expiry;
 *   <li>ending any task looks for its subtasks by {@code PARENT_TASK_ID_}: without an index, a scan
 *       of every open task, per task ended;
 *   <li>every permission check of a user's query (Tasklist's lists and counts, Cockpit, the REST
 *       API) looks for the user's grants by {@code USER_ID_} among grants of types below 2: the
 *       engine's only index with that column starts with {@code TYPE_}, so each check read every
 *       user's grant. A customer with 3 open tasks among another's 100,000: 41 ms per check.
 * </ul>
 *
 * <p>Created after the engine has created or checked its schema. A database user without the right
 * to create indexes gets a warning with the statement for its administrator, not a failed start.
 */
@Component
class MissingEngineIndexes extends AbstractProcessEnginePlugin {
  static final List<Index> INDEXES =
      List.of(
          new Index("DS_IDX_JOB_ACQUISITION", "ACT_RU_JOB", "TYPE_ desc, DUEDATE_ asc"),
          new Index("DS_IDX_JOB_LOCK_EXPIRY", "ACT_RU_JOB", "LOCK_EXP_TIME_"),
          new Index("DS_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
          new Index("DS_IDX_AUTH_USER", "ACT_RU_AUTHORIZATION", "USER_ID_"));

  private static final Logger log = LoggerFactory.getLogger(MissingEngineIndexes.class);

  private DataSource dataSource;

  record Index(String name, String table, String columns) {
    String create() {
      return "create index if not exists " + name + " on " + table + " (" + columns + ")";
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    for (Index index : INDEXES) {
      try {
        create(index);
      } catch (SQLException first) {
        // Two nodes starting at once can both try; PostgreSQL then refuses the slower one even
        // with "if not exists". A second try sees the index and does nothing.
        try {
          create(index);
        } catch (SQLException second) {
          log.warn(
              "Could not create index {}; the engine will be slow under load. Ask the database"
                  + " administrator to run: {}",
              index.name(),
              index.create(),
              second);
        }
      }
    }
  }

  private void create(Index index) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(index.create());
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }
}
