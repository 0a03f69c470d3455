package com.deliverysupervision.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In the PostgreSQL run ({@code mvn verify -Ppostgres}), gives the test run a database of its own,
 * made fresh under a new name and dropped at the end, so nothing left by an earlier run can make a
 * test pass or fail. The server is found through DB_URL (a JDBC URL of any database on it, default
 * jdbc:postgresql://127.0.0.1:5432/test), DB_USERNAME (postgres) and DB_PASSWORD (empty).
 */
public class TestDatabase implements LauncherSessionListener {
  private static final String SELECTOR = "ds.test.database";

  private String adminUrl;
  private String user;
  private String password;
  private String database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"postgres".equals(System.getProperty(SELECTOR))) {
      return;
    }
    adminUrl = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    user = env("DB_USERNAME", "postgres");
    password = env("DB_PASSWORD", "");
    database =
        "ds_test_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    execute("create database " + database);
    String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    System.setProperty("spring.datasource.url", url);
    System.setProperty("spring.datasource.username", user);
    System.setProperty("spring.datasource.password", password);
    System.out.println("Tests run on PostgreSQL database " + url);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      // FORCE: the cached Spring context still holds connections until the JVM exits.
      execute("drop database if exists " + database + " with (force)");
      System.out.println("Dropped test database " + database);
    }
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The PostgreSQL test run needs a PostgreSQL server: could not run '"
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
