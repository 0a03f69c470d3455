package com.deliverysupervision.process;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, each JDBC batch of inserts into one table goes to the database as one multi-row
 * insert ({@link InsertBatchesAsOneStatement}). The engine flushes a step's new rows in such
 * batches (an order's eleven variables and their history, a timer's four activity instances): one
 * statement each instead of one per row, which the database executes, plans and logs once.
 *
 * <p>Camunda checks a batch's row counts for its optimistic locking of updates and deletes, which
 * are sent as they come. Set on every PostgreSQL pool, whatever the profile or URL, so that the
 * PostgreSQL tests and the cluster test run what production runs.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      return new InsertBatchesAsOneStatement(pool);
    }
    return bean;
  }
}
