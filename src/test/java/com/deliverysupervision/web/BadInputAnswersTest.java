package com.deliverysupervision.web;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TasklistSession;
import com.deliverysupervision.support.TestOrders;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** ALL-3: what the API answers to input it cannot take, in words whoever sent it understands. */
@DeliveryApplicationTest
class BadInputAnswersTest {
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName(
      "ALL-3 text with control characters, or of invisible characters alone, is refused with 400 naming the field, on the API, in Tasklist's forms, file names (also of more than 255 characters) and comments, and nothing changes")
  void controlCharactersAreNoText() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String termination = "/api/orders/" + order.orderId() + "/termination";
    assertRefused(
        api.post(MARKETPLACE, termination, "{\"reason\": \"a" + "\\u0001".repeat(3999) + "\"}"),
        "reason may not contain control characters");
    assertRefused(
        api.post(MARKETPLACE, termination, "{\"reason\": \"\\u200b\\u3000\"}"),
        "reason must contain visible characters");
    assertThat(orders.find(order.orderId()).status()).isEqualTo(order.status());

    Map<String, Object> withNul = orderFields(TestOrders.newOrderId());
    withNul.put("specification", "Standard\u0000edition");
    assertRefused(
        api.post(MARKETPLACE, "/api/orders", mapper.writeValueAsString(withNul)),
        "specification must be one line, without control characters");
    assertThat(api.get(MARKETPLACE, "/api/orders/" + withNul.get("orderId")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    withNul.put("specification", "Standard\u2028edition");
    assertRefused(
        api.post(MARKETPLACE, "/api/orders", mapper.writeValueAsString(withNul)),
        "specification must be one line");
    assertRefused(
        api.getExactly(CUSTOMER, "/api/orders?productName=a%00b"),
        "productName must be one line, without control characters");

    String task = orders.openTaskOf(order);
    String comments = "/engine-rest/task/" + task + "/comment/create";
    ResponseEntity<String> comment =
        api.post(CUSTOMER, comments, "{\"message\": \"Call me\\u0000\"}");
    assertThat(comment.getStatusCode()).as(comment.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(comment.getBody()).contains("control characters");
    assertThat(taskService.getTaskComments(task)).isEmpty();
    assertThat(api.post(CUSTOMER, comments, "{\"message\": \"Call me\\nafter 6\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> demand = new LinkedHashMap<>(TestOrders.demand());
    demand.put("demands", "A shop site\u0000");
    ResponseEntity<String> submitted =
        api.post(
            CUSTOMER,
            "/engine-rest/task/" + task + "/submit-form",
            mapper.writeValueAsString(Map.of("variables", variables(demand))));
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(submitted.getBody()).contains("may not contain control characters");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();

    Map<String, Object> attachment =
        Map.of(
            "type",
            "File",
            "value",
            Base64.getEncoder().encodeToString("The shop's pages".getBytes()),
            "valueInfo",
            Map.of("filename", "pages\n.txt", "mimetype", "text/plain"));
    Map<String, Object> withFile = new LinkedHashMap<>(variables(TestOrders.demand()));
    withFile.put("demandAttachment1", attachment);
    ResponseEntity<String> uploaded =
        api.post(
            CUSTOMER,
            "/engine-rest/task/" + task + "/submit-form",
            mapper.writeValueAsString(Map.of("variables", withFile)));
    assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(uploaded.getBody()).contains("the file's name must be one line");
    withFile.put(
        "demandAttachment1",
        Map.of(
            "type",
            "File",
            "value",
            attachment.get("value"),
            "valueInfo",
            Map.of("filename", "p".repeat(5000) + ".txt")));
    ResponseEntity<String> longName =
        api.post(
            CUSTOMER,
            "/engine-rest/task/" + task + "/submit-form",
            mapper.writeValueAsString(Map.of("variables", withFile)));
    assertThat(longName.getStatusCode()).as(longName.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longName.getBody()).contains("at most 255 are accepted");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  @DisplayName(
      "ALL-3 a task or history query whose parameters the engine cannot take (orQueries in the URL, a null in a list, a sorting by a variable without its name, a condition on an object) gets 400 saying so, not 500")
  void queriesTheEngineCannotRun() throws Exception {
    for (String query :
        List.of("/engine-rest/task?orQueries=1", "/engine-rest/history/task?orQueries=x")) {
      assertEngineRefusal(api.get(CUSTOMER, query), "only as a list in the JSON body");
    }
    assertEngineRefusal(
        api.post(CUSTOMER, "/engine-rest/task", "{\"tenantIdIn\": [null]}"),
        "tenantIds contains null value");
    assertEngineRefusal(
        api.post(
            CUSTOMER,
            "/engine-rest/task",
            "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": \"asc\"}]}"),
        "variableName is null");
    assertEngineRefusal(
        api.post(
            CUSTOMER,
            "/engine-rest/task",
            "{\"processVariables\": [{\"name\": \"x\", \"operator\": \"eq\", \"value\": {\"a\": 1}}]}"),
        "Object values cannot be used to query");
  }

  @Test
  @DisplayName(
      "ALL-3 ALL-6 a form's text field takes text only: a file, a number or a date under it is refused with 400 saying what it takes, and nothing is stored")
  void textFieldsTakeText() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);
    Map<String, Object> executable =
        Map.of(
            "type",
            "File",
            "value",
            Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 0}),
            "valueInfo",
            Map.of("filename", "setup.exe"));
    for (Object demands :
        List.of(
            executable,
            Map.of("type", "Integer", "value", 123),
            Map.of("type", "Date", "value", "2026-12-02T09:00:00.000+0000"))) {
      Map<String, Object> submission = new LinkedHashMap<>(variables(TestOrders.demand()));
      submission.put("demands", demands);
      ResponseEntity<String> answer =
          api.post(
              CUSTOMER,
              "/engine-rest/task/" + task + "/submit-form",
              mapper.writeValueAsString(Map.of("variables", submission)));
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("must be text.");
      assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 a comment belongs to the task it is written on and says something: one that names another order's instance, or is empty, is refused with 400 and not stored")
  void commentsStayOnTheirTask() throws Exception {
    Order mine = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    Order another = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(mine);
    String comments = "/engine-rest/task/" + task + "/comment/create";

    ResponseEntity<String> elsewhere =
        api.post(
            CUSTOMER,
            comments,
            "{\"message\": \"Injected\", \"processInstanceId\": \""
                + another.processInstanceId()
                + "\"}");
    assertThat(elsewhere.getStatusCode()).as(elsewhere.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(elsewhere.getBody()).contains("leave processInstanceId out, or send the task's own");
    assertThat(api.post(CUSTOMER, comments, "{\"message\": \"\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskService.getTaskComments(task)).isEmpty();
    assertThat(taskService.getProcessInstanceComments(another.processInstanceId())).isEmpty();
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 deleting one's own task gets 400 (tasks end by completion); a stranger's is answered as one that does not exist (404), telling no stranger which IDs are tasks; an administrator still deletes a task created outside any process")
  void tasksAreNotDeleted() throws Exception {
    String task = orders.openTaskOf(orders.place(AlibabaBasicDelivery.PROCESS_KEY));
    ResponseEntity<String> own = api.delete(CUSTOMER, "/engine-rest/task/" + task);
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(own.getBody()).contains("it is not deleted");
    ResponseEntity<String> stranger = api.delete(OTHER_CUSTOMER, "/engine-rest/task/" + task);
    ResponseEntity<String> nobody = api.delete(OTHER_CUSTOMER, "/engine-rest/task/no-such-task");
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stranger.getBody().replace(task, "no-such-task")).isEqualTo(nobody.getBody());
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();

    identity.setAuthentication("an-administrator", List.of(Groups.CAMUNDA_ADMIN));
    Task standalone = taskService.newTask();
    standalone.setName("Call the customer back");
    try {
      taskService.saveTask(standalone);
    } finally {
      identity.clearAuthentication();
    }
    ResponseEntity<String> notTheirs =
        api.delete(CUSTOMER, "/engine-rest/task/" + standalone.getId());
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    identity.setAuthentication("an-administrator", List.of(Groups.CAMUNDA_ADMIN));
    try {
      taskService.deleteTask(standalone.getId(), true);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(taskService.createTaskQuery().taskId(standalone.getId()).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-3 a request to Camunda's REST API with a control character in a parameter or in its JSON text gets 400 saying where, before the engine sees it; a file whose value is no content, or a profile's name too long for its column, gets 400 saying what it takes; so does a NUL in Tasklist's login form")
  void engineRequestsAreText() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ResponseEntity<String> query = api.getExactly(CUSTOMER, "/engine-rest/task?name=a%00b");
    assertThat(query.getStatusCode()).as(query.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(query.getBody()).contains("The parameter name may not contain control characters");

    ResponseEntity<String> start =
        api.post(
            CUSTOMER,
            "/engine-rest/process-definition/key/delivery-appeal/start",
            "{\"businessKey\": \"x\\u0000y\", \"variables\": {\"orderId\": {\"value\": \""
                + order.orderId()
                + "\"}}}");
    assertThat(start.getStatusCode()).as(start.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(start.getBody()).contains("The text at /businessKey may not contain");
    assertThat(start.getBody()).doesNotContain("select", "ds_order");

    Map<String, Object> submission = new LinkedHashMap<>(variables(TestOrders.demand()));
    submission.put(
        "demandAttachment1",
        Map.of("type", "File", "value", 12, "valueInfo", Map.of("filename", "a.txt")));
    ResponseEntity<String> file =
        api.post(
            CUSTOMER,
            "/engine-rest/task/" + orders.openTaskOf(order) + "/submit-form",
            mapper.writeValueAsString(Map.of("variables", submission)));
    assertThat(file.getStatusCode()).as(file.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(file.getBody()).contains(NamelessFilesRefused.CONTENT_REFUSAL);

    ResponseEntity<String> profile =
        api.put(
            CUSTOMER,
            "/engine-rest/user/" + CUSTOMER + "/profile",
            "{\"id\": \"" + CUSTOMER + "\", \"firstName\": \"" + "x".repeat(300) + "\"}");
    assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(profile.getBody()).contains("of at most 255 characters");

    ResponseEntity<String> login =
        TasklistSession.loginAnswer(rest, "username=" + CUSTOMER + "%00&password=" + CUSTOMER);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(login.getBody()).contains("The parameter username may not contain");
  }

  @Test
  @DisplayName(
      "ALL-2 a request on another party's task or job is answered word for word as one on an ID that does not exist: 404, and no stranger learns which IDs are tasks")
  void strangersTasksAreMissingToThem() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);
    String missing = "no-such-task";
    for (String[] request :
        new String[][] {
          {"GET", "/engine-rest/task/%s/variables"},
          {"GET", "/engine-rest/task/%s/form"},
          {"POST", "/engine-rest/task/%s/claim"},
          {"POST", "/engine-rest/task/%s/complete"}
        }) {
      ResponseEntity<String> stranger = call(OTHER_CUSTOMER, request[0], request[1], task);
      ResponseEntity<String> nobody = call(OTHER_CUSTOMER, request[0], request[1], missing);
      assertThat(stranger.getStatusCode()).as(request[1]).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(nobody.getStatusCode()).as(request[1]).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(stranger.getBody().replace(task, missing))
          .as(request[1])
          .isEqualTo(nobody.getBody());
    }
    assertThat(call(CUSTOMER, "GET", "/engine-rest/task/%s/variables", task).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> noVariable =
        call(CUSTOMER, "GET", "/engine-rest/task/%s/variables/noSuchVariable", task);
    assertThat(noVariable.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noVariable.getBody()).contains("noSuchVariable").doesNotContain("There is no task");
    ResponseEntity<String> count = api.get(CUSTOMER, "/engine-rest/task/count?dueAfter=tomorrow");
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count.getBody()).doesNotContain("There is no task");
  }

  private ResponseEntity<String> call(String user, String method, String path, String id) {
    String resource = path.formatted(id);
    return "GET".equals(method)
        ? api.get(user, resource)
        : api.post(user, resource, "{\"userId\": \"" + user + "\"}");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  @DisplayName(
      "ALL-3 a request on a task that has ended (its variables, form, links; in Tasklist's API too) is answered 404, and the log tells no server failure")
  void endedTaskIsNoServerFailure(CapturedOutput log) {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);
    taskService.complete(task, TestOrders.demand());

    TasklistSession tasklist = api.tasklist(CUSTOMER);
    for (ResponseEntity<String> answer :
        List.of(
            api.get(CUSTOMER, "/engine-rest/task/" + task + "/variables/customerId"),
            api.get(CUSTOMER, "/engine-rest/task/" + task + "/localVariables/customerId/data"),
            api.get(CUSTOMER, "/engine-rest/task/" + task + "/deployed-form"),
            api.get(CUSTOMER, "/engine-rest/task/" + task + "/identity-links"),
            tasklist.get("task/" + task + "/variables/customerId"),
            tasklist.get("task/" + task + "/form-variables"))) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).contains("There is no task " + task);
    }
    assertThat(log.getAll()).doesNotContain("ENGINE-REST-HTTP500");
  }

  @Test
  @DisplayName(
      "ALL-3 a body or parameter the API cannot read gets 400 naming the field and what it takes, without the parser's own words; a body in XML gets 415")
  void unreadableInputNamesTheField() throws Exception {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put(order("\"amount\": \"abc\""), "amount must be a number.");
    bodies.put(order("\"placedAt\": \"yesterday\""), "placedAt must be an ISO-8601 date and time");
    bodies.put(
        order("\"quantities\": {\"Users\": 5.9}"), "quantities.Users must be a whole number.");
    bodies.put(order("\"deliveryPeriodDays\": true"), "deliveryPeriodDays must be a whole number.");
    bodies.put(order("\"attributes\": [\"Basic\"]"), "attributes must be a JSON object.");
    bodies.put(
        orderJson(TestOrders.newOrderId()) + " {\"orderId\": \"X\"}", "not valid JSON (line");
    bodies.put("{\"orderId\": ", "not valid JSON (line");
    bodies.put("", "The request needs a JSON body");
    bodies.put("[]", "The request body must be a JSON object.");
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      assertPlainRefusal(api.post(MARKETPLACE, "/api/orders", body.getKey()), body.getValue());
    }
    assertPlainRefusal(
        api.post(CUSTOMER, "/api/entitlements/E-1/transfers", "{\"kind\": \"SOMETHING\"}"),
        "kind must be one of: BILLING_ACCOUNT, RESELLER_TO_DIRECT, DIRECT_TO_RESELLER,"
            + " CHANGE_RESELLER.");
    assertPlainRefusal(api.get(SELLER, "/api/orders?limit=many"), "limit must be a whole number.");
    assertPlainRefusal(
        api.get(SELLER, "/api/orders?placedFrom=yesterday"), "placedFrom must be an ISO-8601");
    HttpHeaders xml = new HttpHeaders();
    xml.setContentType(MediaType.APPLICATION_XML);
    assertThat(
            rest.withBasicAuth(SELLER, SELLER)
                .postForEntity(
                    "/api/products",
                    new HttpEntity<>("<ProductDraft><name>XML</name></ProductDraft>", xml),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  @DisplayName(
      "REL-1 ALL-3 an order or draft in a currency that orders, bills and settlements cannot keep, or an amount with more decimal places than its currency has, is refused with 400 saying why, and nothing is stored")
  void currenciesOrdersCanKeep() throws Exception {
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("\"currency\": \"ZZZ\"", "'ZZZ' is not an ISO 4217 currency code");
    refusals.put("\"currency\": \"XAU\"", "XAU has no minor unit");
    refusals.put("\"currency\": \"BHD\"", "BHD has 3 decimal places");
    refusals.put("\"currency\": \"JPY\", \"amount\": 1.5", "1.5 has more decimal places than JPY");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      String orderId = TestOrders.newOrderId();
      assertRefused(
          api.post(MARKETPLACE, "/api/orders", order(orderId, refusal.getKey())),
          refusal.getValue());
      assertThat(api.get(MARKETPLACE, "/api/orders/" + orderId).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(
            api.post(MARKETPLACE, "/api/orders", order("\"currency\": \"JPY\", \"amount\": 15"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertRefused(
        api.post(SELLER, "/api/products", "{\"name\": \"Gold\", \"currency\": \"XAU\"}"),
        "currency XAU has no minor unit");
  }

  @Test
  @DisplayName(
      "LIC-8 ALL-3 an order placed before 2000, when no cloud marketplace sold anything, is refused with 400, however far back")
  void placedBeforeAnyMarketplace() throws Exception {
    for (String placedAt : new String[] {"1999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"}) {
      String orderId = TestOrders.newOrderId();
      assertRefused(
          api.post(
              MARKETPLACE, "/api/orders", order(orderId, "\"placedAt\": \"" + placedAt + "\"")),
          "is before 2000-01-01");
      assertThat(api.get(MARKETPLACE, "/api/orders/" + orderId).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  private String order(String field) throws Exception {
    return order(TestOrders.newOrderId(), field);
  }

  /** A valid order outside the catalogue with one field replaced or added, as JSON. */
  private String order(String orderId, String fields) throws Exception {
    Map<String, Object> order = orderFields(orderId);
    Map<?, ?> replaced = mapper.readValue("{" + fields + "}", Map.class);
    replaced.keySet().forEach(order::remove);
    String json = mapper.writeValueAsString(order);
    return json.substring(0, json.length() - 1) + ", " + fields + "}";
  }

  private String orderJson(String orderId) throws Exception {
    return mapper.writeValueAsString(orderFields(orderId));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> orderFields(String orderId) {
    return mapper.convertValue(
        TestOrders.newOrder(orderId, AlibabaBasicDelivery.PROCESS_KEY), LinkedHashMap.class);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private void assertRefused(ResponseEntity<String> answer, String words) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(answer.getBody()).path("detail").asText()).contains(words);
  }

  private void assertEngineRefusal(ResponseEntity<String> answer, String words) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(answer.getBody()).path("message").asText()).contains(words);
  }

  private void assertPlainRefusal(ResponseEntity<String> answer, String words) throws Exception {
    assertRefused(answer, words);
    assertThat(answer.getBody())
        .doesNotContain("com.deliverysupervision", "java.", "Cannot deserialize", "Failed to");
  }
}
