package com.deliverysupervision.appeal;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.TasklistSession;
import com.deliverysupervision.support.TestOrders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Appeals and operation records as the seller, the customer and operations reach them over HTTP.
 */
@DeliveryApplicationTest
class AppealApiTest {
  @Autowired ObjectMapper mapper;
  @Autowired RuntimeService runtimeService;
  @Autowired TestOrders orders;
  @Autowired SaasSteps steps;

  @Autowired ApiCalls api;
  Order order;

  @BeforeEach
  void placeOrder() {
    order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
  }

  @Test
  @DisplayName("SAAS-8 the customer appeals at any time: 201, and the flow is frozen")
  void customerAppeals() throws Exception {
    ResponseEntity<String> response =
        appeal(CUSTOMER, "{\"reason\": \"The seller does not answer.\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(mapper.readTree(response.getBody()).path("appellant").asText()).isEqualTo(CUSTOMER);
    assertThat(flowSuspended()).isTrue();

    ResponseEntity<String> again = appeal(CUSTOMER, "{\"reason\": \"Still nothing.\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(detail(again)).contains("is open");
  }

  @Test
  @DisplayName(
      "ALL-3 the seller's appeal before it is allowed is refused with the reason, and the flow runs on")
  void sellerAppealNotYetAllowed() throws Exception {
    ResponseEntity<String> response = appeal(SELLER, "{\"reason\": \"The customer is silent.\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(detail(response)).contains("5 days").contains("3 rejections");
    assertThat(flowSuspended()).isFalse();
  }

  @Test
  @DisplayName("ALL-3 an appeal without a reason is refused, and the flow runs on")
  void appealNeedsAReason() throws Exception {
    ResponseEntity<String> response = appeal(CUSTOMER, "{\"reason\": \" \"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(detail(response)).contains("reason must not be blank");
    assertThat(flowSuspended()).isFalse();
  }

  @Test
  @DisplayName(
      "ALL-2 another seller cannot appeal on the order, nor learn that it exists; operations do not appeal")
  void strangersCannotAppeal() {
    assertThat(appeal(OTHER_SELLER, "{\"reason\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(appeal(OPERATIONS, "{\"reason\": \"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(flowSuspended()).isFalse();
  }

  @Test
  @DisplayName(
      "SAAS-9 the order's operation records tell who did what, when, with what content under the form's labels, to its parties and operations only")
  void operationRecords() throws Exception {
    steps.submitRequest(order, "Three accounts, SSO.");
    steps.review(order, SaasSupervision.REJECT, "Which SSO provider?");

    JsonNode records = records(SELLER);
    assertThat(records.findValuesAsText("action"))
        .containsSubsequence("Order placed", "Submit the service request", "Review the request");
    JsonNode rejection = records.get(records.size() - 1);
    assertThat(rejection.path("actor").asText()).isEqualTo(SELLER);
    assertThat(rejection.path("recordedAt").asText()).isNotBlank();
    assertThat(
            mapper
                .readTree(rejection.path("details").asText())
                .path("requestRejectionReason")
                .asText())
        .isEqualTo("Which SSO provider?");
    assertThat(
            mapper
                .readTree(rejection.path("labels").asText())
                .path("requestRejectionReason")
                .asText())
        .as("the value named as the form showed it")
        .isEqualTo("Reason for rejecting");

    assertThat(records(CUSTOMER)).hasSize(records.size());
    assertThat(records(OPERATIONS)).hasSize(records.size());
    assertThat(api.get(OTHER_SELLER, "/api/orders/" + order.orderId() + "/records").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName(
      "SAAS-8 ALL-3 on a frozen flow, completing a task through Camunda's REST API or in Tasklist gets 409 saying why, and nothing changes")
  void frozenTaskCompletionIsRefused() throws Exception {
    assertThat(appeal(CUSTOMER, "{\"reason\": \"The seller does not answer.\"}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    JsonNode task =
        mapper
            .readTree(
                api.get(
                        CUSTOMER,
                        "/engine-rest/task?processInstanceId=" + order.processInstanceId())
                    .getBody())
            .get(0);
    String submission = "{\"variables\": {\"serviceRequest\": {\"value\": \"x\"}}}";
    TasklistSession tasklist = api.tasklist(CUSTOMER);
    for (String action : new String[] {"complete", "submit-form"}) {
      String taskAction = "task/" + task.path("id").asText() + "/" + action;
      for (ResponseEntity<String> response :
          List.of(
              api.post(CUSTOMER, "/engine-rest/" + taskAction, submission),
              api.post(CUSTOMER, "/engine-rest/engine/default/" + taskAction, submission),
              tasklist.post(taskAction, submission))) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mapper.readTree(response.getBody()).path("message").asText())
            .contains("appeal or dispute froze");
      }
    }
    assertThat(runtimeService.getVariable(order.processInstanceId(), "serviceRequest")).isNull();
  }

  @Test
  @DisplayName(
      "SAAS-8 SAAS-10 ALL-3 cancelling an open appeal in Cockpit is refused, saying what to do instead, and the flow stays frozen")
  void openAppealCannotBeCancelled() throws Exception {
    ResponseEntity<String> filed =
        appeal(CUSTOMER, "{\"reason\": \"The seller does not answer.\"}");
    String appealId = mapper.readTree(filed.getBody()).path("appealId").asText();

    ResponseEntity<String> response =
        api.delete(MARKETPLACE, "/engine-rest/process-instance/" + appealId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(mapper.readTree(response.getBody()).path("message").asText())
        .contains("cannot be cancelled")
        .contains("Decide on the appeal")
        .contains("/termination");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(appealId).count())
        .isOne();
    assertThat(flowSuspended()).isTrue();
  }

  private JsonNode records(String user) throws Exception {
    ResponseEntity<String> response = api.get(user, "/api/orders/" + order.orderId() + "/records");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }

  private ResponseEntity<String> appeal(String user, String json) {
    return api.post(user, "/api/orders/" + order.orderId() + "/appeals", json);
  }

  private String detail(ResponseEntity<String> response) throws Exception {
    return mapper.readTree(response.getBody()).path("detail").asText();
  }

  private boolean flowSuspended() {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .isSuspended();
  }
}
