package com.deliverysupervision.process;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows a step appends to the application's own tables (its operation records, its
 * notifications), written together just before the step's transaction commits: each table's rows in
 * one insert, and on PostgreSQL all of them in one statement. A delivery step records itself and
 * tells the next step's assignee, a confirmation timer tells both parties and records itself:
 * written as they come, each of them cost the database a round trip and a statement of its own.
 *
 * <p>Rolled back with the step, as they were before: nothing is written if the transaction does not
 * commit. Outside a transaction a row is written at once. A savepoint rolled back does not take
 * back the rows appended inside it: append outside savepoints.
 */
@Component
public class RowsWrittenAtCommit {
  /** PostgreSQL's limit of parameters in one statement. */
  private static final int MOST_PARAMETERS = 32_767;

  /** Rows of a table in one insert, at most: a monthly run may tell every seller at once. */
  private static final int MOST_ROWS = 500;

  /** How the rows of one table are written. */
  public interface Table<R> {
    /** The insert of these rows, at least one and at most {@link #MOST_ROWS}. */
    Insert insertOf(List<R> rows);

    /** Rows of equal keys appended in one transaction are written once: the first. */
    default Object keyOf(R row) {
      return row;
    }
  }

  /** An insert statement and its parameters, in the order of their placeholders. */
  public record Insert(String sql, List<Object> params) {}

  private final JdbcClient jdbc;
  private final boolean dataModifyingWith;

  RowsWrittenAtCommit(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.dataModifyingWith =
        "PostgreSQL"
            .equals(
                JdbcUtils.extractDatabaseMetaData(
                    dataSource, DatabaseMetaData::getDatabaseProductName));
  }

  /** Appends a row to the table, written when the current transaction commits. */
  public <R> void append(Table<R> table, R row) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write(Map.of(table, Map.of(table.keyOf(row), row)));
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    } else if (pending.written) {
      // Appended by another synchronization's beforeCommit after ours ran: still in the
      // transaction.
      write(Map.of(table, Map.of(table.keyOf(row), row)));
      return;
    }
    pending
        .rows
        .computeIfAbsent(table, t -> new LinkedHashMap<>())
        .putIfAbsent(table.keyOf(row), row);
  }

  private void write(Map<Table<?>, ? extends Map<Object, ?>> rows) {
    List<Insert> inserts = new ArrayList<>();
    rows.forEach(
        (table, tableRows) -> inserts.addAll(insertsOf(table, List.copyOf(tableRows.values()))));
    int parameters = inserts.stream().mapToInt(insert -> insert.params().size()).sum();
    if (dataModifyingWith && inserts.size() > 1 && parameters <= MOST_PARAMETERS) {
      execute(together(inserts));
    } else {
      inserts.forEach(this::execute);
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> List<Insert> insertsOf(Table<R> table, List<?> rows) {
    List<Insert> inserts = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += MOST_ROWS) {
      List<R> chunk = (List<R>) rows.subList(from, Math.min(rows.size(), from + MOST_ROWS));
      inserts.add(table.insertOf(chunk));
    }
    return inserts;
  }

  /** PostgreSQL's data-modifying WITH: all but the last insert as its parts, one round trip. */
  private static Insert together(List<Insert> inserts) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (Insert part : inserts.subList(0, inserts.size() - 1)) {
      parts.add("w" + parts.size() + " as (" + part.sql() + ")");
      params.addAll(part.params());
    }
    Insert last = inserts.get(inserts.size() - 1);
    params.addAll(last.params());
    return new Insert("with " + String.join(", ", parts) + " " + last.sql(), params);
  }

  private void execute(Insert insert) {
    jdbc.sql(insert.sql()).params(insert.params()).update();
  }

  /** The rows of one transaction; bound to it, and set aside while it is suspended. */
  private final class Pending implements TransactionSynchronization {
    private final Map<Table<?>, Map<Object, Object>> rows = new LinkedHashMap<>();
    private boolean written;

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(RowsWrittenAtCommit.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(RowsWrittenAtCommit.this, this);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = true;
      if (!rows.isEmpty()) {
        write(rows);
        rows.clear();
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(RowsWrittenAtCommit.this);
    }
  }
}
