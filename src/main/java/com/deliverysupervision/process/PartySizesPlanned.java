package com.deliverysupervision.process;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * On PostgreSQL, the one plan each statement keeps ({@link PostgresPlansWithoutSequentialScans}) is
 * made for parties of a marketplace's real sizes. The server tells from its statistics how many
 * rows a value of a column has on average; where one party holds most of them (a big customer's
 * open tasks, a seller's grants), that average fits nobody, and the one plan went wrong for the
 * others or for the big party. Two columns get a number of distinct values that the statistics keep
 * from then on ({@code n_distinct}):
 *
 * <ul>
 *   <li>{@link #ASSIGNEES}: an assignee has a few open tasks. The assignee's index is the only way
 *       to a user's tasks, and the plan made for the dominant party read every open task, newest
 *       first, to find a small party's: Tasklist's "My delivery tasks" of a customer with 3 open
 *       tasks among another's 100,000, 43.4 ms for its page and count, 2.05 ms planned as many (the
 *       big customer's stays at 252 and 248 ms, PostgreSQL 15.20, 2 cores).
 *   <li>{@link #GRANT_HOLDERS}: a user may hold as many grants as the biggest holder does (with one
 *       distinct value the server takes the most common value's share). Every permission check
 *       finds a resource's grants by its id, a few rows; planned for the average user, it also
 *       walked the user's index to narrow them down, reading every grant the user holds, which grow
 *       with every order a party ever had (a grant on each instance's history): the customer's
 *       query of its order's task read 7,023 index entries after 4,000 orders, 0.25 ms a query
 *       where the bare engine's took 0.02 ms.
 * </ul>
 *
 * <p>Set at start where not yet, with the table's statistics taken again. A database user without
 * the right gets a warning with the statements for its administrator, not a failed start.
 */
@Component
class PartySizesPlanned extends AbstractProcessEnginePlugin {
  /** Negative: a share of the rows, so that it grows with the table. */
  static final DistinctValues ASSIGNEES = new DistinctValues("ACT_RU_TASK", "ASSIGNEE_", "-0.05");

  static final DistinctValues GRANT_HOLDERS =
      new DistinctValues("ACT_RU_AUTHORIZATION", "USER_ID_", "1");

  static final List<DistinctValues> PLANNED = List.of(ASSIGNEES, GRANT_HOLDERS);

  private static final Logger log = LoggerFactory.getLogger(PartySizesPlanned.class);

  private DataSource dataSource;

  record DistinctValues(String table, String column, String nDistinct) {
    String set() {
      return "alter table "
          + table
          + " alter column "
          + column
          + " set (n_distinct = "
          + nDistinct
          + "); analyze "
          + table;
    }

    /**
     * The column may carry other options too ({@code n_distinct_inherited}, set by an
     * administrator): ours must be one of them, exactly ({@code n_distinct=10} is not {@code
     * n_distinct=1}).
     */
    String option() {
      return "n_distinct=" + nDistinct;
    }

    String current() {
      return "select coalesce(array_to_string(attoptions, ','), '') from pg_attribute"
          + " where attrelid = '"
          + table.toLowerCase()
          + "'::regclass and attname = '"
          + column.toLowerCase()
          + "'";
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource =
        "postgres".equals(configuration.getDatabaseType()) ? configuration.getDataSource() : null;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (dataSource != null) {
      PLANNED.forEach(this::plan);
    }
  }

  private void plan(DistinctValues values) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!alreadySet(statement, values)) {
        statement.execute(values.set());
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        log.info(
            "{}.{} planned with n_distinct {}",
            values.table(),
            values.column(),
            values.nDistinct());
      }
    } catch (SQLException refused) {
      log.warn(
          "Could not set how many distinct {} of {} to plan for; Tasklist and permission checks"
              + " will be slow beside a big party. Ask the database administrator to run: {}",
          values.column(),
          values.table(),
          values.set(),
          refused);
    }
  }

  private static boolean alreadySet(Statement statement, DistinctValues values)
      throws SQLException {
    try (ResultSet options = statement.executeQuery(values.current())) {
      return options.next() && List.of(options.getString(1).split(",")).contains(values.option());
    }
  }
}
