package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The index that job acquisition by due date needs, on H2 and on PostgreSQL. */
@DeliveryApplicationTest
class JobAcquisitionIndexTest {
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  @Test
  @DisplayName("Due timers are acquired through an index on their type and due date")
  void indexExists() throws Exception {
    assertThat(indexColumns()).containsExactly("TYPE_", "DUEDATE_");
  }

  @Test
  @DisplayName("A second start (another node) leaves the existing index as it is")
  void secondStartKeepsIndex() throws Exception {
    JobAcquisitionIndex index = new JobAcquisitionIndex();
    index.postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    index.postProcessEngineBuild(engine);
    assertThat(indexColumns()).containsExactly("TYPE_", "DUEDATE_");
  }

  private List<String> indexColumns() throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
      for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
        try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            if (JobAcquisitionIndex.NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return columns;
  }
}
