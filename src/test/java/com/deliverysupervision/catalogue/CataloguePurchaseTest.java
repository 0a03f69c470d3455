package com.deliverysupervision.catalogue;

import static com.deliverysupervision.catalogue.ListedProducts.ready;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** REL-1: purchases of a listed product follow its catalogue entry. */
@DeliveryApplicationTest
class CataloguePurchaseTest {
  private static final String PERPETUAL =
      """
      {"name": "Office Suite", "deliveryMethod": "SAAS",
       "serviceFlowTemplate": "koogallery-saas-supervision", "deliveryPeriodDays": 10,
       "currency": "USD", "deliveryItems": ["License key"],
       "specifications": [{"name": "Perpetual", "billing": "ONE_TIME", "pricingTemplate": "CUSTOM",
         "enumerations": [{"name": "Software Version", "values": ["Basic", "Enterprise"]}],
         "skus": [{"attributes": {"Software Version": "Basic"}, "price": {"oneTime": 500.00}},
                  {"attributes": {"Software Version": "Enterprise"}, "price": {"oneTime": 1500.00}}],
         "quantities": [{"name": "Users", "min": 5, "max": 500, "step": 5, "pricing": "TIERED",
           "tiers": [{"upTo": 50, "unitPrice": {"oneTime": 10.00}},
                     {"unitPrice": {"oneTime": 8.00}}]}]}]}
      """;

  @Autowired ApiCalls api;
  @Autowired TaskService taskService;
  @Autowired TestUsers users;
  @Autowired ObjectMapper mapper;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;
  ListedProducts listing;

  @BeforeEach
  void releasing() {
    listing = new ListedProducts(api, mapper, taskService, users);
  }

  @Test
  @DisplayName(
      "REL-1 an order of a listed product names the product, the specification and the period; its service flow template and amount come from the catalogue")
  void orderFollowsTheCatalogue() throws Exception {
    String productId = listing.listed(SELLER, ready("Purchased Backup"));

    ResponseEntity<String> placed = place(order(productId, "Standard", "P3M"));

    assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode order = mapper.readTree(placed.getBody());
    assertThat(order.path("deliveryTemplate").asText()).isEqualTo(SaasSupervision.PROCESS_KEY);
    assertThat(order.path("amount").decimalValue()).isEqualByComparingTo("60.00");
    assertThat(order.path("currency").asText()).isEqualTo("USD");
    assertThat(order.path("productRevision").asInt()).isEqualTo(1);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(order.path("orderId").asText())
                .processDefinitionKey(SaasSupervision.PROCESS_KEY)
                .count())
        .isOne();
  }

  @Test
  @DisplayName(
      "REL-1 REL-5 a custom-priced order: Enterprise at 1500.00 plus 60 users graduated, 50 at 10.00 and 10 at 8.00, is 2080.00; the same amount sent along is accepted")
  void customPricedOrder() throws Exception {
    String productId = listing.listed(SELLER, PERPETUAL);
    Map<String, Object> order = order(productId, "Perpetual", null);
    order.put("attributes", Map.of("Software Version", "Enterprise"));
    order.put("quantities", Map.of("Users", 60));

    JsonNode placed = mapper.readTree(place(order).getBody());
    assertThat(placed.path("amount").decimalValue()).isEqualByComparingTo("2080.00");

    order.put("orderId", TestOrders.newOrderId());
    order.put("amount", 2080);
    order.put("deliveryTemplate", SaasSupervision.PROCESS_KEY);
    assertThat(place(order).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @DisplayName(
      "REL-1 ALL-3 an order that contradicts the catalogue, selects what it does not offer or names a product not on sale is refused with 400 saying why, and nothing is stored")
  void contradictionsAreRefused() throws Exception {
    String listed = listing.listed(SELLER, PERPETUAL);
    String draft = listing.create(SELLER, ready("Never released"));
    Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
    refusals.put(
        "deliveryTemplate",
        with(order(listed, "Perpetual", null), "deliveryTemplate", "alibaba-basic-delivery"));
    refusals.put("amount", with(order(listed, "Perpetual", null), "amount", 1.00));
    refusals.put("sellerId", with(order(listed, "Perpetual", null), "sellerId", OTHER_SELLER));
    refusals.put(
        "quantities.Users",
        with(order(listed, "Perpetual", null), "quantities", Map.of("Users", 7)));
    refusals.put("specification", order(listed, "Gold", null));
    refusals.put("not on sale", order(draft, "Standard", "P1M"));
    refusals.put("not in the catalogue", order("unknown-product", "Standard", "P1M"));
    for (Map<String, Object> order : refusals.values()) {
      order.putIfAbsent("attributes", Map.of("Software Version", "Basic"));
      order.putIfAbsent("quantities", Map.of("Users", 10));
    }
    refusals.get("not on sale").remove("attributes");
    refusals.get("not on sale").remove("quantities");
    refusals.get("not in the catalogue").remove("attributes");
    refusals.get("not in the catalogue").remove("quantities");

    refusals.forEach(
        (words, order) -> {
          ResponseEntity<String> response = place(order);
          assertThat(response.getStatusCode()).as(words).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(response.getBody()).as(words).contains(words);
          assertThat(
                  jdbc.sql("select count(*) from ds_order where order_id = ?")
                      .param(order.get("orderId"))
                      .query(Long.class)
                      .single())
              .as(words)
              .isZero();
        });
  }

  @Test
  @DisplayName(
      "REL-1 REL-7 an order keeps the revision it was placed with when a new revision with a new price is listed")
  void orderKeepsItsRevision() throws Exception {
    String productId = listing.listed(SELLER, ready("Repriced Backup"));
    String first =
        mapper
            .readTree(place(order(productId, "Standard", "P3M")).getBody())
            .path("orderId")
            .asText();

    api.put(
        SELLER, "/api/products/" + productId, ready("Repriced Backup").replace("20.00", "25.00"));
    listing.submit(SELLER, productId);
    listing.review(productId, "approve", "New price accepted.");
    JsonNode second = mapper.readTree(place(order(productId, "Standard", "P3M")).getBody());

    assertThat(second.path("productRevision").asInt()).isEqualTo(2);
    assertThat(second.path("amount").decimalValue()).isEqualByComparingTo("75.00");
    JsonNode kept = mapper.readTree(api.get(MARKETPLACE, "/api/orders/" + first).getBody());
    assertThat(kept.path("productRevision").asInt()).isEqualTo(1);
    assertThat(kept.path("amount").decimalValue()).isEqualByComparingTo("60.00");
  }

  @Test
  @DisplayName(
      "REL-1 LIC-8 an order sent after its placement pays the price listed when it was placed; one placed before the product was listed is refused")
  void backDatedOrderPaysThePriceListedThen() throws Exception {
    OffsetDateTime firstListed = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    ClockUtil.setCurrentTime(Date.from(firstListed.toInstant()));
    String productId = listing.listed(SELLER, ready("Back-dated Backup"));
    ClockUtil.setCurrentTime(Date.from(firstListed.plusDays(10).toInstant()));
    api.put(
        SELLER, "/api/products/" + productId, ready("Back-dated Backup").replace("20.00", "25.00"));
    listing.submit(SELLER, productId);
    listing.review(productId, "approve", "New price accepted.");

    Map<String, Object> placedBetween = order(productId, "Standard", "P3M");
    placedBetween.put("placedAt", firstListed.plusDays(5).toString());
    JsonNode placed = mapper.readTree(place(placedBetween).getBody());
    assertThat(placed.path("productRevision").asInt()).isEqualTo(1);
    assertThat(placed.path("amount").decimalValue()).isEqualByComparingTo("60.00");

    Map<String, Object> placedBefore = order(productId, "Standard", "P3M");
    placedBefore.put("placedAt", firstListed.minusDays(1).toString());
    ResponseEntity<String> refused = place(placedBefore);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("placedAt").contains("not on sale yet");
    assertThat(
            jdbc.sql("select count(*) from ds_order where order_id = ?")
                .param(placedBefore.get("orderId"))
                .query(Long.class)
                .single())
        .isZero();
  }

  /** What the marketplace sends: product, specification and period, no template or amount. */
  private static Map<String, Object> order(String productId, String specification, String period) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderId", TestOrders.newOrderId());
    order.put("productId", productId);
    order.put("specification", specification);
    order.put("sellerId", SELLER);
    order.put("customerId", TestOrders.CUSTOMER);
    if (period != null) {
      order.put("purchasedPeriod", period);
    }
    return order;
  }

  private static Map<String, Object> with(Map<String, Object> order, String field, Object value) {
    order.put(field, value);
    return order;
  }

  private ResponseEntity<String> place(Map<String, Object> order) {
    try {
      return api.post(MARKETPLACE, "/api/orders", mapper.writeValueAsString(order));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
