package com.deliverysupervision.process;

import java.sql.Connection;
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
 * Adds the index that job acquisition needs when timers are acquired first and by due date
 * (application.yaml): Camunda's schema has no index on {@code ACT_RU_JOB.DUEDATE_}, so without it
 * every acquisition sorts all waiting jobs. With 100,000 confirmations due at once (ALI-2's 14 days
 * after a busy day), that sort was a fifth of the database's work in the benchmark.
 *
 * <p>Created after the engine has created or checked its schema. A database user without the right
 * to create indexes gets a warning with the statement for its administrator, not a failed start.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {
  static final String NAME = "DS_IDX_JOB_ACQUISITION";
  private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);
  private static final String CREATE =
      "create index if not exists " + NAME + " on ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc)";

  private DataSource dataSource;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      create();
    } catch (SQLException first) {
      // Two nodes starting at once can both try; PostgreSQL then refuses the slower one even with
      // "if not exists". A second try sees the index and does nothing.
      try {
        create();
      } catch (SQLException second) {
        log.warn(
            "Could not create the job acquisition index; timer storms will be slower. Ask the"
                + " database administrator to run: {}",
            CREATE,
            second);
      }
    }
  }

  private void create() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }
}
