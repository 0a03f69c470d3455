package com.deliverysupervision.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The PostgreSQL server tests run on, found through DB_URL (a JDBC URL of any database on it,
 * default jdbc:postgresql://127.0.0.1:5432/test), DB_USERNAME (postgres) and DB_PASSWORD (empty).
 * Each test run makes databases of its own under fresh names and drops them after.
 */
public final class PostgresServer {
  public final String adminUrl = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public final String user = env("DB_USERNAME", "postgres");
  public final String password = env("DB_PASSWORD", "");

  /** Creates a database named after the prefix, the time and a random part; returns its name. */
  public String createDatabase(String prefix) {
    String name =
        prefix
            + "_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    execute("create database " + name);
    return name;
  }

  /** FORCE: connections still open (a cached Spring context, a killed node's) are ended. */
  public void dropDatabase(String name) {
    execute("drop database if exists " + name + " with (force)");
  }

  public String urlOf(String database) {
    return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The PostgreSQL tests need a PostgreSQL server: could not run '"
              + sql
              + "' on "
              + adminUrl
              + " as "
              + user
              + " ("
              + e.getMessage()
              + "). Set DB_URL, DB_USERNAME and DB_PASSWORD to reach one.",
          e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
