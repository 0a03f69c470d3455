package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.process.MissingEngineIndexes.Index;
import com.deliverysupervision.support.DeliveryApplicationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexes the engine's schema lacks are there, on H2 and on PostgreSQL. */
@DeliveryApplicationTest
class MissingEngineIndexesTest {
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @Test
  @DisplayName(
      "Job acquisition, task ending and a user's permission checks find their rows through indexes")
  void indexesExist() throws Exception {
    assertThat(columnsOf("DS_IDX_JOB_ACQUISITION", "ACT_RU_JOB"))
        .containsExactly("TYPE_", "DUEDATE_");
    assertThat(columnsOf("DS_IDX_JOB_LOCK_EXPIRY", "ACT_RU_JOB")).containsExactly("LOCK_EXP_TIME_");
    assertThat(columnsOf("DS_IDX_TASK_PARENT", "ACT_RU_TASK")).containsExactly("PARENT_TASK_ID_");
    assertThat(columnsOf("DS_IDX_AUTH_USER", "ACT_RU_AUTHORIZATION")).containsExactly("USER_ID_");
  }

  @Test
  @DisplayName("A second start (another node) leaves the existing indexes as they are")
  void secondStartKeepsIndexes() throws Exception {
    MissingEngineIndexes indexes = new MissingEngineIndexes();
    indexes.postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    indexes.postProcessEngineBuild(engine);
    for (Index index : MissingEngineIndexes.INDEXES) {
      assertThat(columnsOf(index.name(), index.table())).isNotEmpty();
    }
  }

  private List<String> columnsOf(String indexName, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
      for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
        try (ResultSet indexes = metadata.getIndexInfo(null, null, name, false, false)) {
          while (indexes.next()) {
            if (indexName.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return columns;
  }
}
