package com.deliverysupervision.process;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A prepared insert of one row whose JDBC batch is executed as one multi-row insert. Everything
 * reaches the driver's statement as it came; the batch's rows are remembered as well, and at {@code
 * executeBatch} a batch of two rows or more is written with the statement of as many rows instead.
 * It answers as the driver's rewritten batches do: {@code SUCCESS_NO_INFO} for each row, or a
 * {@link BatchUpdateException} for the transaction to roll back.
 */
final class InsertBatch implements InvocationHandler {
  private final Connection connection;
  private final PreparedStatement oneRow;
  private final MultiRowInsert insert;
  private final Map<String, Call> settings = new LinkedHashMap<>();
  private final Map<Integer, Call> parameters = new TreeMap<>();
  private final List<List<Call>> rows = new ArrayList<>();

  private InsertBatch(Connection connection, PreparedStatement oneRow, MultiRowInsert insert) {
    this.connection = connection;
    this.oneRow = oneRow;
    this.insert = insert;
  }

  static PreparedStatement of(
      Connection connection, PreparedStatement oneRow, MultiRowInsert insert) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            InsertBatch.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            new InsertBatch(connection, oneRow, insert));
  }

  /** A setter called on the statement, to call again on the statement of many rows. */
  private record Call(Method method, Object[] args) {
    void on(PreparedStatement statement, int parameterOffset) throws Throwable {
      Object[] shifted = args.clone();
      if (parameterOffset != 0) {
        shifted[0] = (Integer) args[0] + parameterOffset;
      }
      InsertBatchesAsOneStatement.forward(statement, method, shifted);
    }
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "executeBatch":
        if (rows.size() > 1) {
          return executeAsOne();
        }
        rows.clear();
        break;
      case "executeLargeBatch", "clearBatch":
        rows.clear();
        break;
      case "addBatch":
        if (args == null) {
          rows.add(List.copyOf(parameters.values()));
        }
        break;
      case "clearParameters":
        parameters.clear();
        break;
      default:
        remember(method, args);
    }
    return InsertBatchesAsOneStatement.forward(proxy, oneRow, method, args);
  }

  private void remember(Method method, Object[] args) {
    if (!method.getName().startsWith("set") || args == null) {
      return;
    }
    if (method.getDeclaringClass() == PreparedStatement.class && args[0] instanceof Integer index) {
      parameters.put(index, new Call(method, args));
    } else if (method.getDeclaringClass() == Statement.class) {
      settings.put(method.getName(), new Call(method, args));
    }
  }

  private int[] executeAsOne() throws Throwable {
    List<List<Call>> batch = List.copyOf(rows);
    rows.clear();
    oneRow.clearBatch();
    try {
      for (int first = 0; first < batch.size(); first += insert.mostRows()) {
        write(batch.subList(first, Math.min(batch.size(), first + insert.mostRows())));
      }
    } catch (SQLException e) {
      throw new BatchUpdateException(
          e.getMessage(), e.getSQLState(), e.getErrorCode(), new int[0], e);
    }
    int[] written = new int[batch.size()];
    Arrays.fill(written, Statement.SUCCESS_NO_INFO);
    return written;
  }

  private void write(List<List<Call>> someRows) throws Throwable {
    try (PreparedStatement all = connection.prepareStatement(insert.forRows(someRows.size()))) {
      for (Call setting : settings.values()) {
        setting.on(all, 0);
      }
      for (int row = 0; row < someRows.size(); row++) {
        for (Call parameter : someRows.get(row)) {
          parameter.on(all, row * insert.parametersPerRow());
        }
      }
      all.executeUpdate();
    }
  }
}
