package com.deliverysupervision.benchmark;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database executed per order, from PostgreSQL's pg_stat_statements (the server must
 * preload it: {@code shared_preload_libraries = 'pg_stat_statements'}); silent without it.
 */
final class StatementsPerOrder {
  private static final int SHOWN = 70;
  private final JdbcTemplate jdbc;
  private boolean available;

  StatementsPerOrder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void reset() {
    try {
      jdbc.execute("create extension if not exists pg_stat_statements");
      jdbc.execute("select pg_stat_statements_reset()");
      available = true;
    } catch (RuntimeException notPreloaded) {
      System.out.println("(pg_stat_statements is not preloaded: no statements per order)");
    }
  }

  void print(int orders) {
    if (!available) {
      return;
    }
    String ofThisDatabase =
        " from pg_stat_statements where dbid = (select oid from pg_database"
            + " where datname = current_database())";
    Map<String, Object> total =
        jdbc.queryForMap(
            "select sum(calls) calls, sum(total_exec_time) ms, sum(total_plan_time) plan_ms"
                + ofThisDatabase);
    // Planning is counted only where the server tracks it (pg_stat_statements.track_planning).
    System.out.printf(
        "Statements per order: %.1f, executing %.2f ms, planning %.2f ms%n",
        ((Number) total.get("calls")).doubleValue() / orders,
        ((Number) total.get("ms")).doubleValue() / orders,
        ((Number) total.get("plan_ms")).doubleValue() / orders);
    List<Map<String, Object>> top =
        jdbc.queryForList(
            "select calls, plans, total_exec_time ms, total_plan_time plan_ms,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 160) q"
                + ofThisDatabase
                + " order by total_exec_time + total_plan_time desc limit "
                + SHOWN);
    for (Map<String, Object> statement : top) {
      System.out.printf(
          "  %5.2f/order %6.3f ms/order executing %6.3f planning (%5.2f plans)  %s%n",
          ((Number) statement.get("calls")).doubleValue() / orders,
          ((Number) statement.get("ms")).doubleValue() / orders,
          ((Number) statement.get("plan_ms")).doubleValue() / orders,
          ((Number) statement.get("plans")).doubleValue() / orders,
          statement.get("q"));
    }
  }
}
