package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PostgresBatchedInsertsTest {
  private final PostgresBatchedInserts settings = new PostgresBatchedInserts();

  @Test
  @DisplayName(
      "A PostgreSQL pool sends a batch of inserts as one statement; other databases' pools are left alone")
  void onPostgresOnly() {
    try (HikariDataSource postgres = pool("jdbc:postgresql://127.0.0.1:5432/delivery");
        HikariDataSource h2 = pool("jdbc:h2:mem:delivery")) {
      assertThat(settings.postProcessAfterInitialization(postgres, "dataSource"))
          .isInstanceOf(InsertBatchesAsOneStatement.class);
      assertThat(settings.postProcessAfterInitialization(h2, "dataSource")).isSameAs(h2);
    }
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
