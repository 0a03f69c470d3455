package com.deliverysupervision.web;

import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TasklistSession;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** ALL-2 and ALL-3 across every endpoint of the application and of Camunda's REST API. */
@DeliveryApplicationTest
class ApiSecurityTest {
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired JdbcClient jdbc;
  @Autowired TestOrders orders;
  @Autowired SaasSteps steps;

  @Autowired ApiCalls api;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired TestUsers users;
  Order order;

  /** seller1's supervised order, delivered with a file. */
  @BeforeEach
  void deliveredOrder() {
    order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    steps.submitRequest(order, "Accounts");
    steps.review(order, SaasSupervision.ACCEPT, null);
    steps.deliver(
        order,
        Map.of(
            SaasSupervision.SERVICE_RESULT,
            "Tenant provisioned",
            "deliverable1",
            SampleFiles.named("contract.pdf", 100)));
  }

  @Test
  @DisplayName("ALL-2 no endpoint answers without a login, except health")
  void everyEndpointNeedsALogin() {
    List<String[]> endpoints =
        List.of(
            new String[] {"GET", "/api/orders"},
            new String[] {"GET", "/api/orders/" + order.orderId()},
            new String[] {"GET", "/api/orders/" + order.orderId() + "/records"},
            new String[] {"GET", "/api/orders/overdue"},
            new String[] {"GET", "/api/me"},
            new String[] {"GET", "/api/delivery-processes"},
            new String[] {"GET", "/api/entitlements"},
            new String[] {"GET", "/api/orders/" + order.orderId() + "/bill"},
            new String[] {"POST", "/api/orders"},
            new String[] {"POST", "/api/orders/" + order.orderId() + "/appeals"},
            new String[] {"GET", "/actuator/prometheus"},
            new String[] {"GET", "/engine-rest/task"},
            new String[] {"GET", "/engine-rest/process-instance"},
            new String[] {"GET", "/engine-rest/variable-instance"},
            new String[] {"GET", "/engine-rest/history/process-instance"},
            new String[] {"GET", "/engine-rest/deployment"});
    for (String[] endpoint : endpoints) {
      ResponseEntity<String> response =
          rest.exchange(
              endpoint[1], HttpMethod.valueOf(endpoint[0]), ApiCalls.json("{}"), String.class);
      assertThat(response.getStatusCode())
          .as(endpoint[0] + " " + endpoint[1])
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName(
      "ALL-2 sellers, customers and resellers read no marketplace figures (instances per process and step, incidents, the engine's metrics of instances started): 403; operations managers and administrators do")
  void figuresForStaffOnly() {
    List<String> figures =
        List.of(
            "/engine-rest/process-definition/statistics?failedJobs=true&incidents=true",
            "/engine-rest/process-definition/key/" + order.deliveryTemplate() + "/statistics",
            "/engine-rest/history/process-definition/"
                + runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceId(order.processInstanceId())
                    .singleResult()
                    .getProcessDefinitionId()
                + "/statistics",
            "/engine-rest/metrics/root-process-instance-start/sum",
            "/engine-rest/metrics?name=root-process-instance-start&interval=900");
    for (String path : figures) {
      for (String party : List.of(TestOrders.SELLER, TestOrders.CUSTOMER)) {
        ResponseEntity<String> answer = api.get(party, path);
        assertThat(answer.getStatusCode()).as(party + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).contains("figures are for operations managers");
      }
      for (String staff : List.of(TestOrders.OPERATIONS, TestOrders.MARKETPLACE)) {
        HttpStatusCode answer = api.get(staff, path).getStatusCode();
        if (path.startsWith("/engine-rest/metrics")) {
          // The tests run with the engine's metrics off, which Camunda's metrics query fails on.
          assertThat(answer).as(staff + " " + path).isNotEqualTo(HttpStatus.FORBIDDEN);
        } else {
          assertThat(answer).as(staff + " " + path).isEqualTo(HttpStatus.OK);
        }
      }
    }
  }

  @Test
  @DisplayName(
      "ALL-2 a page inside Tasklist loses, through the application's API, what a user no longer has: taken out of its group, then deleted, as the web applications' own API does once its time to live passed")
  void sessionUserReadAgain() {
    String operator = TestUsers.newUserId("ops");
    users.create(operator, Roles.OPERATIONS_MANAGERS);
    TasklistSession session = api.tasklist(operator);
    assertThat(session.getApplication("/api/orders/overdue?limit=1").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    identityService.deleteMembership(operator, Roles.OPERATIONS_MANAGERS);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(6))));
    assertThat(session.getApplication("/api/orders/overdue?limit=1").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    identityService.deleteUser(operator);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(12))));
    assertThat(session.getApplication("/api/me").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("ALL-2 a user reads who it is, its own ID and groups, and nobody else's")
  void callerReadsItself() throws Exception {
    JsonNode me = mapper.readTree(api.get(TestOrders.SELLER, "/api/me").getBody());
    assertThat(me.path("userId").asText()).isEqualTo(TestOrders.SELLER);
    assertThat(me.path("groupIds")).extracting(JsonNode::asText).containsExactly(Roles.SELLERS);
    assertThat(api.get(TestOrders.CUSTOMER, "/api/me").getBody())
        .contains(TestOrders.CUSTOMER)
        .doesNotContain(Roles.SELLERS);
  }

  @Test
  @DisplayName(
      "ALL-2 another seller reads nothing of the order through any endpoint: order, records, files, instance, tasks, variables, history")
  void anotherSellerReadsNothing() throws Exception {
    String instance = order.processInstanceId();
    for (String path :
        List.of(
            "/api/orders/" + order.orderId(),
            "/api/orders/" + order.orderId() + "/records",
            "/engine-rest/process-instance/" + instance,
            "/engine-rest/process-instance/" + instance + "/variables",
            "/engine-rest/history/process-instance/" + instance)) {
      assertThat(api.get(OTHER_SELLER, path).getStatusCode())
          .as(path)
          .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    }
    for (String path :
        List.of(
            "/engine-rest/task?processInstanceId=" + instance,
            "/engine-rest/process-instance?processInstanceIds=" + instance,
            "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
            "/engine-rest/history/variable-instance?processInstanceId=" + instance,
            "/engine-rest/history/task?processInstanceId=" + instance,
            "/engine-rest/history/activity-instance?processInstanceId=" + instance,
            "/engine-rest/execution?processInstanceId=" + instance)) {
      ResponseEntity<String> response = api.get(OTHER_SELLER, path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(mapper.readTree(response.getBody())).as(path).isEmpty();
    }
    assertThat(
            mapper
                .readTree(api.get(OTHER_SELLER, "/api/orders").getBody())
                .findValuesAsText("orderId"))
        .doesNotContain(order.orderId());
  }

  @Test
  @DisplayName(
      "ALL-6 ALL-3 a file attached to a task outside its form (a program named contract.pdf) is refused with 400 saying where files go, through the REST API and the engine alike, and nothing is stored")
  void filesOnlyThroughForms() throws Exception {
    String task = orders.openTaskOf(order);
    MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
    upload.add("attachment-name", "contract.pdf");
    upload.add("attachment-type", "application/pdf");
    upload.add(
        "content",
        new ByteArrayResource(new byte[] {'M', 'Z', 0, 0}) {
          @Override
          public String getFilename() {
            return "contract.pdf";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response =
        rest.withBasicAuth(TestOrders.CUSTOMER, TestOrders.CUSTOMER)
            .postForEntity(
                "/engine-rest/task/" + task + "/attachment/create",
                new HttpEntity<>(upload, headers),
                String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(response.getBody()).path("message").asText())
        .contains("send a file in the file field of the task's form");

    identityService.setAuthentication(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
    try {
      assertThatThrownBy(
              () ->
                  taskService.createAttachment(
                      "application/pdf",
                      null,
                      order.processInstanceId(),
                      "contract.pdf",
                      null,
                      new ByteArrayInputStream(new byte[] {'M', 'Z'})))
          .hasMessageContaining("send a file in the file field");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(taskService.getTaskAttachments(task)).isEmpty();
    assertThat(taskService.getProcessInstanceAttachments(order.processInstanceId())).isEmpty();
  }

  @Test
  @DisplayName(
      "ALL-3 bad task submissions through Camunda's REST API or in Tasklist get 4xx with a message and change nothing")
  void badTaskSubmissionsChangeNothing() throws Exception {
    String task =
        mapper
            .readTree(
                api.get(
                        TestOrders.CUSTOMER,
                        "/engine-rest/task?processInstanceId=" + order.processInstanceId())
                    .getBody())
            .get(0)
            .path("id")
            .asText();
    Map<String, Long> before = rowCounts();
    List<String> bodies =
        List.of(
            "{\"variables\": {}}",
            "{\"variables\": {\"deliveryDecision\": {\"value\": \"reject\"}}}",
            "{\"variables\": {\"deliveryDecision\": {\"value\": \"accept\"}, \"sellerId\": {\"value\": \"customer1\"}}}",
            "{\"variables\": {\"deliveryDecision\": {\"value\": 42, \"type\": \"Integer\"}}}",
            "{\"variables\": {\"deliveryDecision\": {\"value\": \"reject\"}, \"deliveryRejectionReason\": {\"value\": \""
                + "x".repeat(4001)
                + "\"}}}",
            // An object in a format nothing here reads; a file without its name.
            "{\"variables\": {\"deliveryDecision\": {\"value\": \"accept\", \"type\": \"Object\"}}}",
            "{\"variables\": {\"deliveryDecision\": {\"value\": \"accept\"}, \"deliverable1\": {\"value\": \"JVBERg==\", \"type\": \"File\", \"valueInfo\": {}}}}",
            "{not json");
    TasklistSession tasklist = api.tasklist(TestOrders.CUSTOMER);
    for (String body : bodies) {
      for (ResponseEntity<String> response :
          List.of(
              api.post(TestOrders.CUSTOMER, "/engine-rest/task/" + task + "/complete", body),
              tasklist.post("task/" + task + "/complete", body))) {
        assertThat(response.getStatusCode().is4xxClientError())
            .as(body.substring(0, Math.min(60, body.length())))
            .isTrue();
        // Camunda answers {"type", "message"}; a body that is no JSON at all it answers either in
        // the
        // parser's words as plain text or as an InvalidRequestException without words.
        assertThat(response.getBody())
            .as(body.substring(0, Math.min(60, body.length())))
            .isNotBlank();
        if (!body.startsWith("{not json")) {
          assertThat(mapper.readTree(response.getBody()).path("message").asText())
              .as(response.getBody())
              .isNotBlank();
        }
      }
    }
    for (ResponseEntity<String> unknownTask :
        List.of(
            api.post(TestOrders.CUSTOMER, "/engine-rest/task/no-such-task/complete", "{}"),
            tasklist.post("task/no-such-task/submit-form", "{}"))) {
      assertThat(unknownTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(mapper.readTree(unknownTask.getBody()).path("message").asText())
          .isEqualTo("There is no task no-such-task.");
    }
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 SAAS-7 a submission through Camunda's REST API carries only what the task's form names: a seller who sends sellerMayAppeal with its review is refused with 400, nothing changes, and it cannot appeal; the form's own fields pass")
  void onlyTheFormsFields() throws Exception {
    Order reviewed = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    steps.submitRequest(reviewed, "Accounts");
    String task =
        mapper
            .readTree(
                api.get(
                        TestOrders.SELLER,
                        "/engine-rest/task?processInstanceId=" + reviewed.processInstanceId())
                    .getBody())
            .get(0)
            .path("id")
            .asText();
    String review = "\"requestDecision\": {\"value\": \"accept\"}";
    Map<String, Long> before = rowCounts();

    ResponseEntity<String> refused =
        api.post(
            TestOrders.SELLER,
            "/engine-rest/task/" + task + "/complete",
            "{\"variables\": {" + review + ", \"sellerMayAppeal\": {\"value\": true}}}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(refused.getBody()).path("message").asText())
        .contains("sellerMayAppeal is not on its form");
    assertThat(rowCounts()).isEqualTo(before);

    ResponseEntity<String> completed =
        api.post(
            TestOrders.SELLER,
            "/engine-rest/task/" + task + "/complete",
            "{\"variables\": {" + review + "}}");
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            api.post(
                    TestOrders.SELLER,
                    "/api/orders/" + reviewed.orderId() + "/appeals",
                    "{\"reason\": \"The customer is slow.\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 a task is not delegated or resolved: a customer who resolves its acceptance with another seller's ID, through the REST API or in Tasklist, and an administrator who delegates it are refused with 400; the task stays the customer's and the order's seller is unchanged")
  void tasksAreNotDelegated() throws Exception {
    String task = orders.openTaskOf(order);
    Map<String, Long> before = rowCounts();
    String otherSeller = "{\"variables\": {\"sellerId\": {\"value\": \"" + OTHER_SELLER + "\"}}}";
    for (ResponseEntity<String> refused :
        List.of(
            api.post(TestOrders.CUSTOMER, "/engine-rest/task/" + task + "/resolve", otherSeller),
            api.tasklist(TestOrders.CUSTOMER).post("task/" + task + "/resolve", otherSeller),
            api.post(
                TestOrders.MARKETPLACE,
                "/engine-rest/task/" + task + "/delegate",
                "{\"userId\": \"" + TestOrders.OPERATIONS + "\"}"))) {
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapper.readTree(refused.getBody()).path("message").asText())
          .contains("Tasks are not delegated here");
    }
    Task after = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(after.getAssignee()).isEqualTo(TestOrders.CUSTOMER);
    assertThat(after.getDelegationState()).isNull();
    assertThat(runtimeService.getVariable(order.processInstanceId(), "sellerId"))
        .isEqualTo(TestOrders.SELLER);
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "ALL-3 a signal to an execution that does not exist, and a read of the variables of an instance that does not exist, are answered 404 saying what is missing, not as a failure of the server")
  void unknownExecutions() throws Exception {
    ResponseEntity<String> signal =
        api.post(TestOrders.CUSTOMER, "/engine-rest/execution/no-such-execution/signal", "{}");
    assertThat(signal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(mapper.readTree(signal.getBody()).path("message").asText())
        .isEqualTo("There is no execution no-such-execution.");
    ResponseEntity<String> variables =
        api.get(TestOrders.CUSTOMER, "/engine-rest/process-instance/no-such-instance/variables");
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(mapper.readTree(variables.getBody()).path("message").asText())
        .isEqualTo("There is no process instance no-such-instance.");
  }

  @Test
  @DisplayName(
      "ALL-3 a request on a task, job, process instance or execution that does not exist, or no longer does, is answered 404 with what is missing, and conditions that start nothing 400; Camunda answered each with 500, as a failure of the server, and nothing changes")
  void unknownIdsAreNotFound() throws Exception {
    Order requested = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    String ended = orders.openTaskOf(requested);
    steps.submitRequest(requested, "Accounts");
    Map<String, Long> before = rowCounts();
    for (String user : List.of(TestOrders.SELLER, TestOrders.MARKETPLACE)) {
      Map<String, ResponseEntity<String>> answers =
          Map.of(
              "task no-such-task",
              api.post(
                  user, "/engine-rest/task/no-such-task/claim", "{\"userId\": \"" + user + "\"}"),
              "task " + ended,
              api.post(
                  user, "/engine-rest/task/" + ended + "/claim", "{\"userId\": \"" + user + "\"}"),
              "task no-such-form",
              api.get(user, "/engine-rest/task/no-such-form/deployed-form"),
              "task no-such-rendering",
              api.get(user, "/engine-rest/task/no-such-rendering/rendered-form"),
              "task no-such-variable",
              api.put(user, "/engine-rest/task/no-such-variable/variables/x", "{\"value\": 1}"),
              "job no-such-job",
              api.put(user, "/engine-rest/job/no-such-job/retries", "{\"retries\": 1}"),
              "job no-such-due-date",
              api.put(
                  user,
                  "/engine-rest/job/no-such-due-date/duedate",
                  "{\"duedate\": \"2026-01-01T00:00:00.000+0000\"}"),
              "process instance no-such-instance",
              api.post(
                  user,
                  "/engine-rest/process-instance/no-such-instance/modification",
                  "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"x\"}]}"),
              "process instance no-such-variables",
              api.put(
                  user,
                  "/engine-rest/process-instance/no-such-variables/variables/x",
                  "{\"value\": 1}"),
              "execution no-such-execution",
              api.post(
                  user,
                  "/engine-rest/execution/no-such-execution/messageSubscriptions/x/trigger",
                  "{}"));
      answers.forEach(
          (missing, answer) -> {
            assertThat(answer.getStatusCode())
                .as(user + ": " + missing)
                .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(user).contains("There is no " + missing + ".");
          });
      ResponseEntity<String> conditions =
          api.post(user, "/engine-rest/condition", "{\"variables\": {\"a\": {\"value\": 1}}}");
      assertThat(conditions.getStatusCode()).as(user).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(conditions.getBody()).contains("No process starts on these conditions");
    }
    TasklistSession tasklist = api.tasklist(TestOrders.CUSTOMER);
    for (ResponseEntity<String> inTasklist :
        List.of(
            tasklist.get("task/" + ended + "/deployed-form"),
            tasklist.post(
                "task/" + ended + "/claim", "{\"userId\": \"" + TestOrders.CUSTOMER + "\"}"))) {
      assertThat(inTasklist.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(inTasklist.getBody()).contains("There is no task " + ended + ".");
    }
    assertThat(rowCounts()).isEqualTo(before);
  }

  private Map<String, Long> rowCounts() {
    return Map.of(
        "orders", count("select count(*) from ds_order"),
        "records", count("select count(*) from ds_operation_record"),
        "bills", count("select count(*) from ds_bill"),
        "tasks", count("select count(*) from ACT_RU_TASK"),
        "variables", count("select count(*) from ACT_RU_VARIABLE"),
        "executions", count("select count(*) from ACT_RU_EXECUTION"));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
