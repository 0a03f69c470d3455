package com.deliverysupervision.process;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the application's sessions plan with index scans wherever an index serves: the
 * server's {@code enable_seqscan} is off for them, at connection time; each prepared statement
 * keeps the one plan made for any parameters ({@code plan_cache_mode}); and no plan starts parallel
 * workers ({@code max_parallel_workers_per_gather}).
 *
 * <p>Camunda's runtime tables are queues: every order inserts its executions, tasks and variables
 * and deletes them. Vacuumed while nearly empty (autovacuum does so every minute on a busy server),
 * they have the statistics of one or two pages, so the server plans sequential scans of them, and
 * keeps those plans for the driver's prepared statements and the foreign-key checks; until the next
 * vacuum the tables fill with dead rows that every scan reads. 6,000 orders after a vacuum, the
 * database's CPU per order had doubled; without sequential scans it stayed (docs/benchmark.md).
 * Statements with no usable index are still executed, by a sequential scan or a full index scan.
 *
 * <p>With sequential scans off, the server's plan cache chose a new plan for the parameters at
 * every execution of some of Camunda's statements (the task by its id, its deletion, the variable
 * query): 0.8 ms of the database's CPU per order went to planning, 0.02 ms with one plan per
 * statement. Plans for the parameters pay off on skewed data; the engine's statements look rows up
 * by their ids and foreign keys.
 *
 * <p>Nor do the sessions start parallel workers: one plan for any parameters planned them where the
 * average parameter matches many rows, and a worker's start costs more than the engine's queries
 * take. A customer with 3 open tasks among another's 30,000, Tasklist's page of its tasks: 26 to 33
 * ms with a parallel worker, 0.03 to 0.09 ms without; the other customer's page of 30,000 tasks 40
 * ms without, 60 ms with (PostgreSQL 15.20, 2 cores).
 */
@Component
public class PostgresPlansWithoutSequentialScans implements BeanPostProcessor {
  /** The server options each session starts with (PostgreSQL's driver property "options"). */
  public static final String OPTIONS =
      "-c enable_seqscan=off -c plan_cache_mode=force_generic_plan"
          + " -c max_parallel_workers_per_gather=0";

  private static final Pattern OPTIONS_IN_URL = Pattern.compile("(?<=[?&])options=[^&]*");
  private static final String URL_ENCODED_OPTIONS =
      URLEncoder.encode(OPTIONS, StandardCharsets.UTF_8).replace("+", "%20");

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      Matcher inUrl = OPTIONS_IN_URL.matcher(pool.getJdbcUrl());
      if (inUrl.find()) {
        // The driver takes options given in the URL over the data source's property.
        pool.setJdbcUrl(
            inUrl.replaceFirst(
                Matcher.quoteReplacement(inUrl.group() + "%20" + URL_ENCODED_OPTIONS)));
      } else {
        Object given = pool.getDataSourceProperties().get("options");
        pool.addDataSourceProperty("options", given == null ? OPTIONS : given + " " + OPTIONS);
      }
    }
    return bean;
  }
}
