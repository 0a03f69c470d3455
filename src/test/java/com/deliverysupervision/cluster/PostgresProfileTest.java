package com.deliverysupervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The production profile, started as operators start it, on a database of its own. */
class PostgresProfileTest {
  private final PostgresServer server = new PostgresServer();

  @Test
  @DisplayName(
      "The postgres profile starts on an empty database with the role groups and no user with a known password")
  void productionProfileHasNoDemoUsers() throws Exception {
    Assumptions.assumeTrue(TestDatabase.onPostgres(), "runs in the PostgreSQL run (-Ppostgres)");
    String database = server.createDatabase("ds_profile");
    String url = server.urlOf(database);
    try (Node node =
        Node.start("postgres-profile", "postgres", url, server.user, server.password, List.of())) {
      assertThat(query(url, "select id_ from act_id_user")).isEmpty();
      assertThat(query(url, "select id_ from act_id_group"))
          .containsExactlyInAnyOrder(
              "sellers", "customers", "resellers", "operationsManagers", "marketplaceAdmins");
      assertThat(query(url, "select order_id from ds_order")).isEmpty();
      assertThat(query(url, "select key_ from act_re_procdef"))
          .contains(
              "alibaba-basic-delivery",
              "koogallery-saas-supervision",
              "delivery-appeal",
              "billing-run");
    } finally {
      server.dropDatabase(database);
    }
  }

  private List<String> query(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, server.user, server.password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }
}
