package com.deliverysupervision.process;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the driver sends each JDBC batch of inserts into one table as one multi-row insert
 * ({@code reWriteBatchedInserts}). The engine flushes a step's new rows in such batches (an order's
 * eleven variables and their history, a timer's four activity instances): one statement each
 * instead of one per row, which the database executes, plans and logs once. Measured with the
 * benchmark's timer storm alone, 10,000 timers on 2 cores: 193 to 224 timers/s.
 *
 * <p>Camunda checks a batch's row counts for its optimistic locking of updates and deletes, which
 * the driver does not rewrite. Set on every PostgreSQL pool, whatever the profile or URL, so that
 * the PostgreSQL tests and the cluster test run what production runs.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    // The pool reads its driver properties when it opens the first connection, after this.
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return bean;
  }
}
