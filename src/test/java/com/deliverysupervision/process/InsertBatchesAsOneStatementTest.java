package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class InsertBatchesAsOneStatementTest {
  private static final String INSERT =
      "insert into T_ROW ( ID_, NAME_, CREATED_, SIZE_ ) values ( ?, ?, ?, ? )";
  private final List<String> prepared = new CopyOnWriteArrayList<>();
  private InsertBatchesAsOneStatement dataSource;
  private Connection keptOpen;

  @BeforeEach
  void table() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:insert-batches;DB_CLOSE_DELAY=-1");
    keptOpen = h2.getConnection();
    dataSource = new InsertBatchesAsOneStatement(new PreparedStatementsSeen(h2, prepared));
    new JdbcTemplate(h2)
        .execute(
            "create table T_ROW (ID_ varchar(64) primary key, NAME_ varchar(255),"
                + " CREATED_ timestamp, SIZE_ bigint)");
  }

  @AfterEach
  void drop() throws SQLException {
    new JdbcTemplate(dataSource).execute("drop table T_ROW");
    keptOpen.close();
  }

  @Test
  @DisplayName("A batch of eleven inserts is one insert of eleven rows, each value in its row")
  void elevenRowsInOneStatement() throws SQLException {
    int[] written;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < 11; i++) {
        insert.setString(1, "row-" + i);
        if (i % 3 == 0) {
          insert.setNull(2, Types.VARCHAR);
        } else {
          insert.setString(2, "name " + i);
        }
        insert.setTimestamp(3, Timestamp.valueOf("2026-12-04 10:00:0" + (i % 10)));
        insert.setLong(4, i * 100L);
        insert.addBatch();
      }
      written = insert.executeBatch();
    }

    assertThat(written).hasSize(11).containsOnly(Statement.SUCCESS_NO_INFO);
    assertThat(prepared)
        .containsExactly(INSERT, MultiRowInsert.of(INSERT).orElseThrow().forRows(11));
    assertThat(rows())
        .hasSize(11)
        .contains("row-0|null|2026-12-04 10:00:00.0|0", "row-10|name 10|2026-12-04 10:00:00.0|1000")
        .contains("row-4|name 4|2026-12-04 10:00:04.0|400");
  }

  @Test
  @DisplayName("A batch of more rows than one statement may take is written in as many as needed")
  void moreRowsThanOneStatementTakes() throws SQLException {
    MultiRowInsert insert = MultiRowInsert.of(INSERT).orElseThrow();
    int rows = insert.mostRows() + 2;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement batch = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < rows; i++) {
        oneRow(batch, "row-" + i);
        batch.addBatch();
      }
      assertThat(batch.executeBatch()).hasSize(rows);
    }

    assertThat(prepared)
        .containsExactly(INSERT, insert.forRows(insert.mostRows()), insert.forRows(2));
    assertThat(rows()).hasSize(rows);
  }

  @Test
  @DisplayName("A batch of one insert, and statements other than inserts, go as they came")
  void othersAsTheyCame() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        oneRow(insert, "alone");
        insert.addBatch();
        assertThat(insert.executeBatch()).containsExactly(1);
      }
      String update = "update T_ROW set SIZE_ = ? where ID_ = ?";
      try (PreparedStatement sizes = connection.prepareStatement(update)) {
        for (long size : new long[] {5, 6}) {
          sizes.setLong(1, size);
          sizes.setString(2, "alone");
          sizes.addBatch();
        }
        assertThat(sizes.executeBatch()).containsExactly(1, 1);
      }
      assertThat(prepared).containsExactly(INSERT, update);
    }
    assertThat(rows()).containsExactly("alone|one|null|6");
  }

  @Test
  @DisplayName("A batch whose insert fails writes none of its rows and says why")
  void failedBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (String id : new String[] {"twice", "once", "twice"}) {
        oneRow(insert, id);
        insert.addBatch();
      }
      assertThatThrownBy(insert::executeBatch)
          .isInstanceOf(BatchUpdateException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23505");

      // The statement goes on with a new batch.
      oneRow(insert, "after");
      insert.addBatch();
      oneRow(insert, "after too");
      insert.addBatch();
      insert.executeBatch();
    }
    assertThat(rows()).containsExactly("after|one|null|1", "after too|one|null|1");
  }

  @Test
  @DisplayName("Inserts whose values are not all parameters are not rewritten")
  void onlyInsertsOfParameters() {
    assertThat(MultiRowInsert.of(INSERT)).isPresent();
    assertThat(MultiRowInsert.of("insert into T_ROW (ID_, CREATED_) values (?, now())")).isEmpty();
    assertThat(MultiRowInsert.of("insert into T_ROW (ID_, NAME_) values (?, 'x')")).isEmpty();
    assertThat(MultiRowInsert.of("insert into T_ROW (ID_) values (?), (?)")).isEmpty();
    assertThat(MultiRowInsert.of("insert into T_ROW (ID_) values (?) returning ID_")).isEmpty();
    assertThat(MultiRowInsert.of("insert into T_ROW (ID_) select ID_ from T_OTHER")).isEmpty();
    assertThat(MultiRowInsert.of(INSERT).orElseThrow().mostRows()).isEqualTo(65_535 / 4);
  }

  private static void oneRow(PreparedStatement insert, String id) throws SQLException {
    insert.setString(1, id);
    insert.setString(2, "one");
    insert.setNull(3, Types.TIMESTAMP);
    insert.setLong(4, 1);
  }

  private List<String> rows() {
    return new JdbcTemplate(dataSource)
        .query(
            "select * from T_ROW order by ID_",
            (row, i) ->
                row.getString(1)
                    + "|"
                    + row.getString(2)
                    + "|"
                    + row.getTimestamp(3)
                    + "|"
                    + row.getLong(4));
  }

  /** The statements prepared on the database's connections, in their order. */
  private static final class PreparedStatementsSeen extends DelegatingDataSource {
    private final List<String> seen;

    PreparedStatementsSeen(javax.sql.DataSource target, List<String> seen) {
      super(target);
      this.seen = seen;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")) {
              seen.add((String) args[0]);
            }
            return InsertBatchesAsOneStatement.forward(connection, method, args);
          };
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
  }
}
