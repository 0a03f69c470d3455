package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DeliveryApplicationTest
class ApplicationSessionsWithoutSequentialScansTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "The application's own pool, as Spring builds it from its settings, runs its PostgreSQL sessions without sequential scans, with one plan per statement and no parallel workers")
  void applicationPoolTakesIt() {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
    assertThat(jdbc.queryForObject("show enable_seqscan", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
        .isEqualTo("force_generic_plan");
    assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class))
        .isEqualTo("0");
  }
}
