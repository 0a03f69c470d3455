package com.deliverysupervision.catalogue;

import static com.deliverysupervision.catalogue.ListedProducts.ready;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** LIC-1: a party searches its orders. */
@DeliveryApplicationTest
class OrderSearchTest {
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TaskService taskService;
  @Autowired TestUsers users;
  String seller;
  String customer;

  /** A seller and a customer of their own, whose orders are the only ones they find. */
  @BeforeEach
  void newParties() {
    seller = TestUsers.newUserId("searchseller");
    customer = TestUsers.newUserId("searchcustomer");
    users.create(seller, Roles.SELLERS);
    users.create(customer, Roles.CUSTOMERS);
  }

  @Test
  @DisplayName(
      "LIC-1 a party searches its orders by order No., product name, status and placement period; each shows the order No., product name, amount, status and placement time; another party's orders never")
  void searchOwnOrders() throws Exception {
    ListedProducts listing = new ListedProducts(api, mapper, taskService, users);
    // On sale before the orders placed in January and February (REL-1).
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T00:00:00Z")));
    String zebra = listing.listed(seller, ready("Zebra Backup"));
    String yak = listing.listed(seller, ready("Yak Monitor"));
    ClockUtil.reset();
    String january = place(zebra, seller, customer, "2026-01-15T10:00:00+08:00");
    String february = place(zebra, seller, customer, "2026-02-15T10:00:00+08:00");
    String yakOrder = place(yak, seller, customer, "2026-02-20T10:00:00+08:00");
    api.post(MARKETPLACE, "/api/orders/" + february + "/termination", "{\"reason\": \"Refund.\"}");

    assertThat(search(customer, "productName=zebra")).containsExactly(february, january);
    assertThat(search(customer, "orderId=" + yakOrder)).containsExactly(yakOrder);
    assertThat(search(customer, "status=CLOSED")).containsExactly(february);
    assertThat(
            search(
                seller,
                "placedFrom=2026-02-01T00:00:00Z&placedTo=2026-03-01T00:00:00Z&productName=backup"))
        .containsExactly(february);
    assertThat(search(TestOrders.CUSTOMER, "productName=zebra")).isEmpty();
    // What a party types is searched for as typed: its % and _ are no wildcards.
    assertThat(search(customer, "productName=_ebra")).isEmpty();
    assertThat(search(customer, "productName=z%25a")).isEmpty();
    assertThat(search(seller, "orderId=%25")).isEmpty();

    JsonNode shown = orders(customer, "orderId=" + january).get(0);
    assertThat(shown.path("productName").asText()).isEqualTo("Zebra Backup");
    assertThat(shown.path("amount").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(shown.path("status").asText()).isEqualTo("PROCESSING");
    assertThat(shown.path("placedAt").asText()).isNotBlank();
    assertThat(api.get(customer, "/api/orders?status=LOST").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @DisplayName(
      "LIC-1 the next page of a search searches for what was typed: a product name with + & = in it finds its second order through the Link header")
  void nextPageKeepsTheSearch() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T00:00:00Z")));
    String product =
        new ListedProducts(api, mapper, taskService, users).listed(seller, ready("R&D+Tools=1"));
    ClockUtil.reset();
    String first = place(product, seller, customer, "2026-01-15T10:00:00+08:00");
    String second = place(product, seller, customer, "2026-02-15T10:00:00+08:00");

    ResponseEntity<String> page =
        api.getExactly(customer, "/api/orders?limit=1&productName=R%26D%2BTools%3D1");
    assertThat(mapper.readTree(page.getBody()).findValuesAsText("orderId")).containsExactly(second);
    String link = page.getHeaders().getFirst(HttpHeaders.LINK);
    String next = api.getExactly(customer, link.substring(1, link.indexOf('>'))).getBody();
    assertThat(mapper.readTree(next).findValuesAsText("orderId")).containsExactly(first);
  }

  private String place(String productId, String seller, String customer, String placedAt)
      throws Exception {
    String orderId = TestOrders.newOrderId();
    ResponseEntity<String> placed =
        api.post(
            MARKETPLACE,
            "/api/orders",
            """
            {"orderId": "%s", "productId": "%s", "specification": "Standard",
             "purchasedPeriod": "P1M", "sellerId": "%s", "customerId": "%s", "placedAt": "%s"}
            """
                .formatted(orderId, productId, seller, customer, placedAt));
    assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
    return orderId;
  }

  private List<String> search(String user, String query) throws Exception {
    List<String> ids = new ArrayList<>();
    orders(user, query).forEach(order -> ids.add(order.path("orderId").asText()));
    return ids;
  }

  private JsonNode orders(String user, String query) throws Exception {
    ResponseEntity<String> response = api.get(user, "/api/orders?" + query);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }
}
