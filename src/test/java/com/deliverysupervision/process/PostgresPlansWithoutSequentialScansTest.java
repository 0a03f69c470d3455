package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PostgresPlansWithoutSequentialScansTest {
  private final PostgresPlansWithoutSequentialScans settings =
      new PostgresPlansWithoutSequentialScans();

  @Test
  @DisplayName(
      "A PostgreSQL pool's sessions plan without sequential scans and keep one plan per statement, keeping options set before; other databases' pools are left alone")
  void onPostgresOnly() {
    try (HikariDataSource postgres = pool("jdbc:postgresql://127.0.0.1:5432/delivery");
        HikariDataSource tuned = pool("jdbc:postgresql://127.0.0.1:5432/delivery");
        HikariDataSource h2 = pool("jdbc:h2:mem:delivery")) {
      tuned.addDataSourceProperty("options", "-c work_mem=8MB");

      settings.postProcessBeforeInitialization(postgres, "dataSource");
      settings.postProcessBeforeInitialization(tuned, "dataSource");
      settings.postProcessBeforeInitialization(h2, "dataSource");

      assertThat(postgres.getDataSourceProperties())
          .containsEntry("options", "-c enable_seqscan=off -c plan_cache_mode=force_generic_plan");
      assertThat(tuned.getDataSourceProperties())
          .containsEntry(
              "options",
              "-c work_mem=8MB -c enable_seqscan=off -c plan_cache_mode=force_generic_plan");
      assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");
    }
  }

  @Test
  @DisplayName(
      "The PostgreSQL server runs the pool's sessions with enable_seqscan off and one plan per prepared statement")
  void theServerTakesIt() throws Exception {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
    PostgresServer server = new PostgresServer();
    try (HikariDataSource pool = pool(server.adminUrl)) {
      pool.setUsername(server.user);
      pool.setPassword(server.password);
      settings.postProcessBeforeInitialization(pool, "dataSource");
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement();
          ResultSet shown =
              statement.executeQuery(
                  "select current_setting('enable_seqscan'), current_setting('plan_cache_mode')")) {
        shown.next();
        assertThat(shown.getString(1)).isEqualTo("off");
        assertThat(shown.getString(2)).isEqualTo("force_generic_plan");
      }
    }
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
