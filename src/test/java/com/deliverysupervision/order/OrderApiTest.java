package com.deliverysupervision.order;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order API as the marketplace, sellers, customers and operators call it over HTTP. */
@DeliveryApplicationTest
class OrderApiTest {
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestOrders orders;
  @Autowired ApiCalls api;
  @Autowired TestUsers users;

  @Test
  @DisplayName(
      "ALI-2 the marketplace places an order: it is stored PROCESSING and the customer is asked for the demand")
  void placeOrder() throws Exception {
    String orderId = TestOrders.newOrderId();
    ResponseEntity<String> response = api.post(MARKETPLACE, "/api/orders", orderJson(orderId));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getHeaders().getLocation()).hasPath("/api/orders/" + orderId);
    JsonNode order = mapper.readTree(response.getBody());
    assertThat(order.path("status").asText()).isEqualTo("PROCESSING");
    assertThat(order.path("deliveryId").asText()).isNotBlank();

    JsonNode tasks = getJson(CUSTOMER, "/engine-rest/task?processInstanceBusinessKey=" + orderId);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText())
        .isEqualTo(AlibabaBasicDelivery.TASK_SUBMIT_DEMAND);
  }

  static Stream<Arguments> badOrders() {
    return Stream.of(
        Arguments.of("orderId", null, "orderId must not be blank"),
        Arguments.of("orderId", "has spaces", "orderId may hold only letters"),
        Arguments.of("orderId", "x".repeat(65), "orderId size must be between"),
        Arguments.of("specification", " ", "specification must not be blank"),
        Arguments.of("sellerId", null, "sellerId must not be blank"),
        Arguments.of("amount", null, "is not in the catalogue, so the order must name its amount"),
        Arguments.of(
            "deliveryTemplate", null, "is not in the catalogue, so the order must name its"),
        Arguments.of("amount", "-1", "amount must be greater than or equal to 0.00"),
        Arguments.of("amount", "12.345", "amount numeric value out of bounds"),
        Arguments.of("amount", "twelve", "amount must be a number."),
        Arguments.of("currency", "usd", "currency 'usd' is not an ISO 4217 currency code"),
        Arguments.of("purchasedPeriod", "one month", "purchasedPeriod must be an ISO-8601 period"),
        Arguments.of("purchasedPeriod", "P0M", "purchasedPeriod must be an ISO-8601 period longer"),
        Arguments.of("warrantyPeriod", "P0Y0D", "warrantyPeriod must be an ISO-8601 period longer"),
        Arguments.of("warrantyPeriod", "P99999999999999999999Y", "of at most 999 years"),
        Arguments.of("purchasedPeriod", "P999999999Y", "of at most 999 years"),
        Arguments.of(
            "deliveryPeriodDays",
            "2000000000",
            "longer than the longest delivery period of the marketplace, 365 calendar days"),
        Arguments.of(
            "deliveryTemplate", "no-such-process", "Unknown delivery template 'no-such-process'"),
        Arguments.of("sellerId", "nobody", "Unknown seller 'nobody'"),
        Arguments.of("sellerId", CUSTOMER, "Unknown seller '" + CUSTOMER + "'"),
        Arguments.of("customerId", "nobody", "Unknown customer 'nobody'"));
  }

  @ParameterizedTest(name = "ALL-3 {0} = {1} is refused: {2}")
  @MethodSource("badOrders")
  @DisplayName(
      "ALL-3 an order with a missing, malformed or unknown field is refused with a clear message, and nothing is stored")
  void badOrderIsRefused(String field, String value, String message) throws Exception {
    String orderId = TestOrders.newOrderId();
    Map<String, Object> body = orderFields(orderId);
    body.put(field, value);
    ResponseEntity<String> response =
        api.post(MARKETPLACE, "/api/orders", mapper.writeValueAsString(body));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(response.getBody()).path("detail").asText()).contains(message);
    assertNothingStoredFor(orderId);
  }

  @Test
  @DisplayName(
      "SAAS-9 ALL-2 an order's readers see the step it waits at and for whom, also a customer whose order waits for the seller; anyone else gets 404")
  void openSteps() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(order), TestOrders.demand());

    ResponseEntity<String> steps =
        api.get(TestOrders.CUSTOMER, "/api/orders/" + order.orderId() + "/steps");
    assertThat(steps.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode step = mapper.readTree(steps.getBody()).get(0);
    assertThat(step.path("name").asText()).isEqualTo("Project delivery");
    assertThat(step.path("assignee").asText()).isEqualTo(TestOrders.SELLER);
    assertThat(
            api.get(TestOrders.OTHER_CUSTOMER, "/api/orders/" + order.orderId() + "/steps")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName(
      "ALI-1 SAAS-11 ALL-2 what each reader may do on an order now, with the reason the action would answer otherwise")
  void actionsAsTheRulesGiveThem() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(order), TestOrders.demand());
    String path = "/api/orders/" + order.orderId() + "/actions";

    JsonNode customer = mapper.readTree(api.get(TestOrders.CUSTOMER, path).getBody());
    assertThat(state(customer, "appeal").path("allowed").asBoolean()).isTrue();
    assertThat(state(customer, "reminder").path("allowed").asBoolean()).isTrue();
    assertThat(state(customer, "termination").path("reason").asText())
        .contains("Only marketplace administrators");
    JsonNode seller = mapper.readTree(api.get(TestOrders.SELLER, path).getBody());
    assertThat(state(seller, "reminder").path("reason").asText()).contains("Only the customer");
    JsonNode administrator = mapper.readTree(api.get(TestOrders.MARKETPLACE, path).getBody());
    assertThat(state(administrator, "termination").path("allowed").asBoolean()).isTrue();
    assertThat(state(administrator, "appeal").path("allowed").asBoolean()).isFalse();
    assertThat(api.get(TestOrders.OTHER_CUSTOMER, path).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static JsonNode state(JsonNode states, String action) {
    for (JsonNode state : states) {
      if (state.path("action").asText().equals(action)) {
        return state;
      }
    }
    throw new AssertionError("no action " + action + " in " + states);
  }

  @Test
  @DisplayName("ALL-3 a request body that is not JSON is refused with a clear message")
  void malformedJsonIsRefused() throws Exception {
    ResponseEntity<String> response = api.post(MARKETPLACE, "/api/orders", "{\"orderId\": ");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(response.getBody()).path("detail").asText())
        .contains("not valid JSON");
  }

  @Test
  @DisplayName(
      "ALL-3 an order ID sent twice is refused the second time, and the first order is unchanged")
  void duplicateOrderIsRefused() throws Exception {
    String orderId = TestOrders.newOrderId();
    assertThat(api.post(MARKETPLACE, "/api/orders", orderJson(orderId)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> again = api.post(MARKETPLACE, "/api/orders", orderJson(orderId));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(mapper.readTree(again.getBody()).path("detail").asText()).contains("exists already");
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(orderId).count())
        .isOne();
  }

  @Test
  @DisplayName(
      "ALL-2 only the marketplace places orders: a seller's attempt is forbidden and stores nothing")
  void sellerCannotPlaceOrders() {
    String orderId = TestOrders.newOrderId();
    ResponseEntity<String> response = api.post(SELLER, "/api/orders", orderJson(orderId));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertNothingStoredFor(orderId);
  }

  @Test
  @DisplayName("ALL-3 a client that accepts anything, as curl does, gets JSON")
  void jsonForAnyClient() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept", "*/*");
    ResponseEntity<String> response =
        rest.withBasicAuth(CUSTOMER, CUSTOMER)
            .exchange("/api/orders", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
  }

  @Test
  @DisplayName("ALL-2 no API answers without a valid login")
  void loginIsRequired() {
    for (String path :
        new String[] {"/api/orders", "/engine-rest/task", "/engine-rest/process-instance"}) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(
              rest.withBasicAuth("intruder", "guess")
                  .getForEntity(path, String.class)
                  .getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // A user of its own: Camunda delays a user's next logins after a failed attempt, which would
    // refuse another test's correct login of the same user.
    String reseller = TestUsers.newUserId("reseller");
    users.create(reseller, Roles.RESELLERS);
    assertThat(
            rest.withBasicAuth(reseller, "wrong")
                .getForEntity("/api/orders", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName(
      "ALL-2 the order API shows an order to its seller, its customer and operations, and to nobody else")
  void ordersAreVisibleToTheirPartiesOnly() throws Exception {
    String orderId = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();

    for (String user : new String[] {SELLER, CUSTOMER, OPERATIONS}) {
      assertThat(api.get(user, "/api/orders/" + orderId).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(getJson(user, "/api/orders?limit=1000").findValuesAsText("orderId"))
          .contains(orderId);
    }
    for (String stranger : new String[] {OTHER_SELLER, OTHER_CUSTOMER}) {
      ResponseEntity<String> response = api.get(stranger, "/api/orders/" + orderId);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody()).doesNotContain(SELLER, CUSTOMER);
      assertThat(getJson(stranger, "/api/orders?limit=1000").findValuesAsText("orderId"))
          .doesNotContain(orderId);
    }
  }

  @Test
  @DisplayName(
      "ALL-2 through Camunda's REST API another seller sees no task or instance of the order and cannot complete its task, which is not there for it (404)")
  void camundaRestKeepsStrangersOut() throws Exception {
    String orderId = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();
    String taskId = customersTask(orderId);

    assertThat(getJson(OTHER_SELLER, "/engine-rest/task?processInstanceBusinessKey=" + orderId))
        .isEmpty();
    assertThat(getJson(OTHER_SELLER, "/engine-rest/process-instance?businessKey=" + orderId))
        .isEmpty();
    assertThat(
            getJson(
                OTHER_SELLER,
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + orderId))
        .isEmpty();
    ResponseEntity<String> completion =
        api.post(
            OTHER_SELLER,
            "/engine-rest/task/" + taskId + "/complete",
            completion(TestOrders.demand()));
    assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(completion.getBody()).contains("There is no task " + taskId);
    assertThat(getJson(CUSTOMER, "/engine-rest/task?processInstanceBusinessKey=" + orderId))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "ALL-3 completing a task through the REST API without a required field gets 400 naming it, the task stays open, and the log says so in one line, not as an ERROR")
  @ExtendWith(OutputCaptureExtension.class)
  void restCompletionWithoutRequiredFieldIsRefused(CapturedOutput log) throws Exception {
    String orderId = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();
    String taskId = customersTask(orderId);
    Map<String, Object> withoutEmail = new LinkedHashMap<>(TestOrders.demand());
    withoutEmail.remove("contactEmail");

    for (String action : new String[] {"complete", "submit-form"}) {
      ResponseEntity<String> response =
          api.post(
              CUSTOMER, "/engine-rest/task/" + taskId + "/" + action, completion(withoutEmail));
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapper.readTree(response.getBody()).path("message").asText())
          .contains("E-mail address is required");
    }
    assertThat(getJson(CUSTOMER, "/engine-rest/task/" + taskId).path("id").asText())
        .isEqualTo(taskId);
    assertThat(runtimeService.getVariable(orderInstance(orderId), "contactName")).isNull();
    assertThat(log.getOut())
        .contains("Submit demand of order " + orderId + " refused: E-mail address is required")
        .doesNotContain("ENGINE-16004")
        .doesNotContain("FormFieldValidationException");
  }

  @Test
  @DisplayName(
      "ALL-3 a variable sent in Java's serialization format is refused with 400 saying so, on a completion through the REST API or Tasklist's and on a start; nothing changes, and the log has no ERROR")
  @ExtendWith(OutputCaptureExtension.class)
  void javaSerializedVariableIsRefused(CapturedOutput log) throws Exception {
    String orderId = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();
    String taskId = customersTask(orderId);
    Map<String, Object> serialized =
        Map.of(
            "value",
            "rO0ABXQAAWE=",
            "type",
            "Object",
            "valueInfo",
            Map.of(
                "objectTypeName",
                "java.lang.String",
                "serializationDataFormat",
                "application/x-java-serialized-object"));
    String completion =
        mapper.writeValueAsString(Map.of("variables", Map.of("demands", serialized)));
    String start =
        mapper.writeValueAsString(
            Map.of(
                "variables",
                Map.of("orderId", Map.of("value", orderId), "appealReason", serialized)));
    for (ResponseEntity<String> response :
        List.of(
            api.post(CUSTOMER, "/engine-rest/task/" + taskId + "/complete", completion),
            api.tasklist(CUSTOMER).post("task/" + taskId + "/complete", completion),
            api.post(
                CUSTOMER, "/engine-rest/process-definition/key/delivery-appeal/start", start))) {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapper.readTree(response.getBody()).path("message").asText())
          .contains("Java serialization format is prohibited");
    }
    assertThat(customersTask(orderId)).isEqualTo(taskId);
    assertThat(runtimeService.getVariable(orderInstance(orderId), "demands")).isNull();
    assertThat(log.getOut()).doesNotContain(" ERROR ");
  }

  @Test
  @DisplayName(
      "ALL-3 an oversized request body is refused before it is read: 413 with the limit for a declared length, 400 for one sent in chunks; nothing is stored")
  void oversizedBodyIsRefused() throws Exception {
    String orderId = TestOrders.newOrderId();
    Map<String, Object> fields = orderFields(orderId);
    fields.put("specification", "x".repeat(70_000));
    String body = mapper.writeValueAsString(fields);

    ResponseEntity<String> declared = api.post(MARKETPLACE, "/api/orders", body);
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(mapper.readTree(declared.getBody()).path("detail").asText())
        .contains("at most 65536");

    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/orders"))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((MARKETPLACE + ":" + MARKETPLACE).getBytes()))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body.getBytes())))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    assertThat(mapper.readTree(response.body()).path("detail").asText())
        .contains("longer than 65536 bytes");
    assertNothingStoredFor(orderId);
  }

  @Test
  @DisplayName(
      "ALL-2 the order list comes a page at a time, newest first: following its Link header visits each of the caller's orders once")
  void orderListInPages() throws Exception {
    List<String> placed =
        Stream.generate(() -> orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId())
            .limit(3)
            .toList();
    int sellersOrders =
        jdbc.sql("select count(*) from ds_order where seller_id = ? or customer_id = ?")
            .params(SELLER, SELLER)
            .query(Long.class)
            .single()
            .intValue();
    List<String> visited = new ArrayList<>();
    List<OffsetDateTime> placedAt = new ArrayList<>();
    String page = "/api/orders?limit=2";
    while (page != null) {
      ResponseEntity<String> response = api.get(SELLER, page);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode list = mapper.readTree(response.getBody());
      assertThat(list.size()).isBetween(1, 2);
      for (JsonNode order : list) {
        visited.add(order.path("orderId").asText());
        placedAt.add(OffsetDateTime.parse(order.path("placedAt").asText()));
      }
      assertThat(visited.size()).as("pages end").isLessThanOrEqualTo(sellersOrders);
      page = nextPage(response);
    }

    assertThat(visited).hasSize(sellersOrders).doesNotHaveDuplicates();
    assertThat(visited.subList(0, 3)).containsExactlyInAnyOrderElementsOf(placed);
    assertThat(placedAt).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  @DisplayName(
      "ALL-2 a party who sells some orders and buys others gets both in one list, newest first, each once")
  void orderListOfSellerAndCustomer() throws Exception {
    String both = TestUsers.newUserId("both");
    users.create(both, Roles.SELLERS, Roles.CUSTOMERS);
    for (int i = 0; i < 2; i++) {
      orders.placeBetween(both, CUSTOMER, AlibabaBasicDelivery.PROCESS_KEY);
      orders.placeBetween(SELLER, both, AlibabaBasicDelivery.PROCESS_KEY);
    }
    List<String> newestFirst =
        jdbc.sql(
                "select order_id from ds_order where seller_id = ? or customer_id = ?"
                    + " order by placed_at desc, order_id desc")
            .params(both, both)
            .query(String.class)
            .list();

    List<String> visited = new ArrayList<>();
    String page = "/api/orders?limit=1";
    while (page != null) {
      ResponseEntity<String> response = api.get(both, page);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      mapper
          .readTree(response.getBody())
          .forEach(order -> visited.add(order.path("orderId").asText()));
      assertThat(visited.size()).as("pages end").isLessThanOrEqualTo(4);
      page = nextPage(response);
    }

    assertThat(newestFirst).hasSize(4);
    assertThat(visited).containsExactlyElementsOf(newestFirst);
  }

  @Test
  @DisplayName(
      "ALL-3 a bad page of the order list (limit out of range or no number, a cursor that names no order of the caller's) gets 400 saying why")
  void badOrderListPages() throws Exception {
    String sellersOrder = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();
    Map<String, String> refusals =
        Map.of(
            "/api/orders?limit=0",
            "limit must be between 1 and 1000",
            "/api/orders?limit=1001",
            "limit must be between 1 and 1000",
            "/api/orders?limit=many",
            "limit",
            "/api/orders?after=NO-SUCH-ORDER",
            "there is no order NO-SUCH-ORDER",
            "/api/orders?after=" + sellersOrder,
            "there is no order " + sellersOrder);
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      ResponseEntity<String> response = api.get(OTHER_SELLER, refusal.getKey());
      assertThat(response.getStatusCode()).as(refusal.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapper.readTree(response.getBody()).path("detail").asText())
          .as(refusal.getKey())
          .contains(refusal.getValue());
    }
  }

  private String customersTask(String orderId) throws Exception {
    return getJson(CUSTOMER, "/engine-rest/task?processInstanceBusinessKey=" + orderId)
        .get(0)
        .path("id")
        .asText();
  }

  private String orderInstance(String orderId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(orderId)
        .singleResult()
        .getId();
  }

  private void assertNothingStoredFor(String orderId) {
    assertThat(
            jdbc.sql("select count(*) from ds_order where order_id = ?")
                .param(orderId)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(orderId).count())
        .isZero();
  }

  private Map<String, Object> orderFields(String orderId) {
    return mapper.convertValue(
        TestOrders.newOrder(orderId, AlibabaBasicDelivery.PROCESS_KEY), LinkedHashMap.class);
  }

  private String orderJson(String orderId) {
    try {
      return mapper.writeValueAsString(orderFields(orderId));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String completion(Map<String, Object> variables) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    variables.forEach((name, value) -> body.put(name, Map.of("value", value)));
    return mapper.writeValueAsString(Map.of("variables", body));
  }

  /** The address of the next page, from the RFC 8288 Link header; null on the last page. */
  private static String nextPage(ResponseEntity<String> response) {
    String link = response.getHeaders().getFirst(HttpHeaders.LINK);
    if (link == null) {
      return null;
    }
    assertThat(link).endsWith("; rel=\"next\"");
    return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
  }

  private JsonNode getJson(String user, String path) throws Exception {
    ResponseEntity<String> response = api.get(user, path);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }
}
