package com.deliverysupervision.process;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose JDBC batches of inserts into one table are sent as one multi-row insert,
 * whatever their size ({@link InsertBatch}). The engine flushes a step's new rows in such batches:
 * an order's variables and their history, a timer's activity instances.
 *
 * <p>PostgreSQL's driver does the same with {@code reWriteBatchedInserts}, but splits a batch into
 * powers of two: eleven variables are inserts of 8, 2 and 1 rows, three statements where one does.
 * Every other statement, and a batch of one, goes to the database as it came.
 *
 * <p>It rewrites the SQL Camunda's MyBatis mappers hand the driver, so every Camunda or driver
 * upgrade puts it at risk: {@code InsertBatchesAsOneStatementTest} proves the rows written are the
 * rows given, and that what it cannot rewrite goes as it came.
 */
public class InsertBatchesAsOneStatement extends DelegatingDataSource {
  private static final int REMEMBERED = 2_000;
  private static final Map<String, Optional<MultiRowInsert>> INSERTS = new ConcurrentHashMap<>();

  public InsertBatchesAsOneStatement(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return batchingInserts(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return batchingInserts(super.getConnection(username, password));
  }

  private static Connection batchingInserts(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            InsertBatchesAsOneStatement.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new ConnectionHandler(connection));
  }

  /** Hands out an {@link InsertBatch} for each insert it can send as one multi-row statement. */
  private record ConnectionHandler(Connection connection) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("prepareStatement") && args.length == 1) {
        String sql = (String) args[0];
        Optional<MultiRowInsert> insert = insertOf(sql);
        if (insert.isPresent()) {
          return InsertBatch.of(connection, connection.prepareStatement(sql), insert.get());
        }
      }
      return forward(proxy, connection, method, args);
    }
  }

  /** The statement's insert, if it is one: remembered, as the engine's statements are few. */
  private static Optional<MultiRowInsert> insertOf(String sql) {
    // Most statements are not inserts: told apart by their first word, before hashing them whole.
    if (!startsWithInsert(sql)) {
      return Optional.empty();
    }
    Optional<MultiRowInsert> known = INSERTS.get(sql);
    if (known != null) {
      return known;
    }
    Optional<MultiRowInsert> insert = MultiRowInsert.of(sql);
    // Statements written with their values would fill the memory: a bound, never reached by the
    // engine's and the application's own statements.
    if (INSERTS.size() < REMEMBERED) {
      INSERTS.put(sql, insert);
    }
    return insert;
  }

  private static boolean startsWithInsert(String sql) {
    int start = 0;
    while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
      start++;
    }
    return sql.regionMatches(true, start, "insert", 0, "insert".length());
  }

  /** The call, made on the target; a proxy is equal to itself alone. */
  static Object forward(Object proxy, Object target, Method method, Object[] args)
      throws Throwable {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return forward(target, method, args);
    }
  }

  static Object forward(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
