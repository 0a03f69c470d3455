package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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
          .containsEntry("options", PostgresPlansWithoutSequentialScans.OPTIONS);
      assertThat(tuned.getDataSourceProperties())
          .containsEntry(
              "options", "-c work_mem=8MB " + PostgresPlansWithoutSequentialScans.OPTIONS);
      assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");
    }
  }

  @Test
  @DisplayName(
      "Options given in a PostgreSQL URL, which the driver takes over the pool's, get the same settings appended")
  void optionsInTheUrl() {
    try (HikariDataSource inUrl =
        pool("jdbc:postgresql://127.0.0.1:5432/delivery?options=-c%20work_mem%3D8MB&ssl=false")) {
      settings.postProcessBeforeInitialization(inUrl, "dataSource");

      assertThat(inUrl.getJdbcUrl())
          .isEqualTo(
              "jdbc:postgresql://127.0.0.1:5432/delivery?options=-c%20work_mem%3D8MB"
                  + "%20-c%20enable_seqscan%3Doff%20-c%20plan_cache_mode%3Dforce_generic_plan"
                  + "%20-c%20max_parallel_workers_per_gather%3D0"
                  + "&ssl=false");
      assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("options");
    }
  }

  @Test
  @DisplayName(
      "The PostgreSQL server runs the pool's sessions with enable_seqscan off, one plan per prepared statement and no parallel workers, options in the URL or not")
  void theServerTakesIt() throws Exception {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
    PostgresServer server = new PostgresServer();
    String separator = server.adminUrl.contains("?") ? "&" : "?";
    assertThat(sessionSettings(server, server.adminUrl))
        .startsWith("off", "force_generic_plan", "0");
    assertThat(sessionSettings(server, server.adminUrl + separator + "options=-c%20work_mem%3D8MB"))
        .containsExactly("off", "force_generic_plan", "0", "8MB");
  }

  private List<String> sessionSettings(PostgresServer server, String url) throws Exception {
    try (HikariDataSource pool = pool(url)) {
      pool.setUsername(server.user);
      pool.setPassword(server.password);
      settings.postProcessBeforeInitialization(pool, "dataSource");
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement();
          ResultSet shown =
              statement.executeQuery(
                  "select current_setting('enable_seqscan'), current_setting('plan_cache_mode'),"
                      + " current_setting('max_parallel_workers_per_gather'),"
                      + " current_setting('work_mem')")) {
        shown.next();
        return List.of(
            shown.getString(1), shown.getString(2), shown.getString(3), shown.getString(4));
      }
    }
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
