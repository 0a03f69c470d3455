package com.deliverysupervision.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In the PostgreSQL run ({@code mvn verify -Ppostgres}), gives the test run a database of its own,
 * made fresh under a new name and dropped at the end, so nothing left by an earlier run can make a
 * test pass or fail.
 */
public class TestDatabase implements LauncherSessionListener {
  private PostgresServer server;
  private String database;

  /** Whether this run's tests run on PostgreSQL rather than the in-memory H2 database. */
  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("ds.test.database"));
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!onPostgres()) {
      return;
    }
    server = new PostgresServer();
    database = server.createDatabase("ds_test");
    String url = server.urlOf(database);
    System.setProperty("spring.datasource.url", url);
    System.setProperty("spring.datasource.username", server.user);
    System.setProperty("spring.datasource.password", server.password);
    System.out.println("Tests run on PostgreSQL database " + url);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      server.dropDatabase(database);
      System.out.println("Dropped test database " + database);
    }
  }
}
