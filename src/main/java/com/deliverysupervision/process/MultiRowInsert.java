package com.deliverysupervision.process;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An insert of one row of parameters, {@code insert into T (columns) values (?, ...)}, and the same
 * insert written for several rows.
 *
 * @param head the statement up to and with {@code values}
 * @param row the row's parameters in their parentheses
 * @param parametersPerRow how many parameters a row takes
 */
record MultiRowInsert(String head, String row, int parametersPerRow) {
  // Values with parentheses or quotes inside (functions, literals) are left as they are: each row
  // would need its own reading.
  private static final Pattern ONE_ROW =
      Pattern.compile(
          "(?is)^(\\s*insert\\s+into\\s+[\\w.\"]+\\s*\\([^()']*\\)\\s*values\\s*)(\\([^()'\"]*\\))\\s*$");

  /** PostgreSQL's protocol counts a statement's parameters in 16 bits. */
  private static final int MOST_PARAMETERS = 65_535;

  static Optional<MultiRowInsert> of(String sql) {
    Matcher oneRow = ONE_ROW.matcher(sql);
    if (!oneRow.matches()) {
      return Optional.empty();
    }
    String row = oneRow.group(2);
    int parameters = (int) row.chars().filter(c -> c == '?').count();
    return parameters == 0
        ? Optional.empty()
        : Optional.of(new MultiRowInsert(oneRow.group(1), row, parameters));
  }

  /** The insert of the given number of rows. */
  String forRows(int rows) {
    StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2)).append(head);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.toString();
  }

  /** The most rows one statement may take. */
  int mostRows() {
    return Math.max(1, MOST_PARAMETERS / parametersPerRow);
  }
}
