package com.deliverysupervision.benchmark;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vacuums as PostgreSQL's autovacuum would with its defaults, on a server that runs without it (a
 * test server may; production must not, docs/operations.md): every minute, each table whose dead
 * rows exceed 50 plus a fifth of its live rows. Without it a timer storm measures the server's
 * missing vacuum: each executed job leaves dead rows in the job, execution, task and variable
 * tables that later statements step over, and the storm slowed to under half its first rate.
 */
final class AutovacuumStandIn implements AutoCloseable {
  private static final String DUE_TABLES =
      "select relname from pg_stat_user_tables where n_dead_tup > 50 + 0.2 * n_live_tup";

  private final JdbcTemplate jdbc;
  private final ScheduledExecutorService schedule;

  private AutovacuumStandIn(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.schedule = Executors.newSingleThreadScheduledExecutor();
    schedule.scheduleWithFixedDelay(this::vacuumDueTables, 1, 1, TimeUnit.MINUTES);
  }

  /** Started if the server's autovacuum is off; closing it stops it. */
  static AutoCloseable ifServerHasNone(JdbcTemplate jdbc) {
    if (!"off".equals(jdbc.queryForObject("show autovacuum", String.class))) {
      return () -> {};
    }
    System.out.println(
        "The server runs without autovacuum: the benchmark vacuums as autovacuum would, every"
            + " minute, the tables with more dead rows than 50 plus a fifth of their live rows");
    return new AutovacuumStandIn(jdbc);
  }

  private void vacuumDueTables() {
    try {
      List<String> tables = jdbc.queryForList(DUE_TABLES, String.class);
      // VACUUM runs outside a transaction: JdbcTemplate's statements auto-commit here.
      tables.forEach(table -> jdbc.execute("vacuum (analyze) " + table));
      if (!tables.isEmpty()) {
        System.out.println("  vacuumed " + String.join(", ", tables));
      }
    } catch (RuntimeException failed) {
      // Thrown on, it would end the schedule without a word, and the storm would measure no vacuum.
      System.out.println("The benchmark's vacuum failed: " + failed.getMessage());
    }
  }

  @Override
  public void close() {
    schedule.shutdownNow();
  }
}
