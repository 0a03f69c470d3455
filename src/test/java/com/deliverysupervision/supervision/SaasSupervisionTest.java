package com.deliverysupervision.supervision;

import static com.deliverysupervision.supervision.SaasSupervision.*;
import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.deliverysupervision.appeal.AppealNotAllowedException;
import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.DeliveryAppeal;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.order.OperationRecord;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class SaasSupervisionTest {
  static final Instant PLACED = Instant.parse("2026-03-02T01:00:00Z");

  @Autowired ObjectMapper mapper;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AppealService appealService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired SaasSteps steps;
  @Autowired OrderService orderService;

  Order order;
  ProcessInstance flow;

  @BeforeEach
  void placeOrder() {
    AbstractAssertions.init(engine);
    at(PLACED);
    order = orders.place(PROCESS_KEY, "P1Y");
    flow =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult();
  }

  @AfterEach
  void logOut() {
    users.logOut();
  }

  @Test
  @DisplayName(
      "SAAS-5 request, seller rejects for modification, request again, seller accepts, delivers, customer rejects, seller delivers again, customer accepts")
  void serviceFlowWithBothRejectionLoops() {
    submitRequest("Three user accounts, SSO with our directory.");
    review(REJECT, "Which directory? Please name it.");
    assertThat(flow).isWaitingAt(TASK_SUBMIT_REQUEST).task().isAssignedTo(CUSTOMER);
    assertThat(runtimeService.getVariable(flow.getId(), "lastRequestRejectionReason"))
        .isEqualTo("Which directory? Please name it.");

    submitRequest("Three user accounts, SSO with Azure AD.");
    review(ACCEPT, null);
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE).task().isAssignedTo(SELLER);
    deliver("Tenant acme.example provisioned.");
    assertThat(flow).isWaitingAt(TASK_ACCEPT_DELIVERY).task().isAssignedTo(CUSTOMER);
    acceptDelivery(REJECT, "SSO login fails.");
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE);
    deliver("SSO fixed.");
    acceptDelivery(ACCEPT, null);

    assertThat(flow).isWaitingAt(TIMER_COMPLETION_DELAY);
  }

  @Test
  @DisplayName("SAAS-1 the order is PROCESSING while the service flow runs, accepted included")
  void processingWhileTheFlowRuns() {
    assertThat(status()).isEqualTo(OrderStatus.PROCESSING);
    submitRequest("Accounts");
    review(ACCEPT, null);
    assertThat(status()).isEqualTo(OrderStatus.PROCESSING);
    deliver("Done");
    acceptDelivery(ACCEPT, null);
    assertThat(status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  @DisplayName(
      "SAAS-2 the order completes 3 hours after acceptance: still PROCESSING at 2h59m, COMPLETED at 3h")
  void completesThreeHoursAfterAcceptance() {
    Instant accepted = PLACED.plus(Duration.ofDays(1));
    runToAcceptance(accepted);

    at(accepted.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(59)));
    assertThat(dueJobs()).isEmpty();
    assertThat(status()).isEqualTo(OrderStatus.PROCESSING);

    at(accepted.plus(Duration.ofHours(3)));
    executeDueJobs();
    assertThat(flow).isEnded().hasPassed(END_ORDER_COMPLETED);
    assertThat(status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order().completedAt().toInstant()).isEqualTo(accepted.plus(Duration.ofHours(3)));
  }

  @Test
  @DisplayName(
      "SAAS-4 usage starts at acceptance: paid 2020-01-01, accepted 2020-03-01, one year -> valid 2020-03-01 to 2021-03-01")
  void validityStartsAtAcceptance() {
    at(Instant.parse("2020-01-01T02:00:00Z"));
    order = orders.place(PROCESS_KEY, "P1Y");
    flow =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult();
    Instant accepted = OffsetDateTime.parse("2020-03-01T10:00:00+08:00").toInstant();

    runToAcceptance(accepted);

    assertThat(order().validFrom().toInstant()).isEqualTo(accepted);
    assertThat(order().validUntil().toInstant())
        .isEqualTo(OffsetDateTime.parse("2021-03-01T10:00:00+08:00").toInstant());
  }

  @Test
  @DisplayName(
      "SAAS-6 the seller may appeal after 5 days without a customer update, not at 4 days 23 hours")
  void sellerMayAppealAfterFiveSilentDays() {
    at(PLACED.plus(Duration.ofDays(4)).plus(Duration.ofHours(23)));
    assertThat(dueJobs()).isEmpty();
    assertThatThrownBy(() -> appealAs(SELLER))
        .isInstanceOf(AppealNotAllowedException.class)
        .hasMessageContaining("may appeal only once");

    at(PLACED.plus(Duration.ofDays(5)));
    executeDueJobs();
    assertThat(flow).isWaitingAt(TASK_SUBMIT_REQUEST);
    appealAs(SELLER);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(flow.getId())
                .singleResult()
                .isSuspended())
        .isTrue();
  }

  @Test
  @DisplayName(
      "SAAS-6 once the customer updates the flow its silence gave the seller no more right to appeal; the next 5 silent days give it again")
  void silenceEndsWhenTheCustomerActs() {
    at(PLACED.plus(Duration.ofDays(5)));
    executeDueJobs();
    submitRequest("Accounts for the Porto office");
    review(ACCEPT, null);
    deliver("Accounts created.");

    assertThatThrownBy(() -> appealAs(SELLER))
        .isInstanceOf(AppealNotAllowedException.class)
        .hasMessageContaining("may appeal only once");
    at(PLACED.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(1)));
    executeDueJobs();
    appealAs(SELLER);
  }

  @Test
  @DisplayName(
      "SAAS-7 the seller may appeal after the seller's third rejection, not after the second")
  void sellerMayAppealAfterThreeSellerRejections() {
    for (int round = 1; round <= 2; round++) {
      submitRequest("Request " + round);
      review(REJECT, "Unclear " + round);
    }
    assertThatThrownBy(() -> appealAs(SELLER)).isInstanceOf(AppealNotAllowedException.class);
    submitRequest("Request 3");
    review(REJECT, "Unclear 3");
    appealAs(SELLER);
  }

  @Test
  @DisplayName(
      "SAAS-7 the seller may appeal after the customer's third rejection, not after the second")
  void sellerMayAppealAfterThreeCustomerRejections() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    for (int round = 1; round <= 2; round++) {
      deliver("Result " + round);
      acceptDelivery(REJECT, "Broken " + round);
    }
    assertThatThrownBy(() -> appealAs(SELLER)).isInstanceOf(AppealNotAllowedException.class);
    deliver("Result 3");
    acceptDelivery(REJECT, "Broken 3");
    appealAs(SELLER);
  }

  @Test
  @DisplayName(
      "SAAS-8 an appeal freezes the flow: no task can be completed and no timer fires, even past its due date, until operations resume it")
  void appealFreezesTheFlow() {
    Job silence = timers().get(0);
    Date silenceDue = silence.getDuedate();
    at(PLACED.plus(Duration.ofDays(1)));
    appealAs(CUSTOMER);

    Task submit = currentTask();
    users.actAs(CUSTOMER);
    assertThatThrownBy(
            () -> taskService.complete(submit.getId(), Map.of(SERVICE_REQUEST, "Accounts")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("suspended");
    users.logOut();
    assertThatThrownBy(() -> appealAs(SELLER))
        .isInstanceOf(AppealNotAllowedException.class)
        .hasMessageContaining("is open");

    at(PLACED.plus(Duration.ofDays(10)));
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(flow.getId())
                .active()
                .executable()
                .count())
        .isZero();
    assertThat(runtimeService.getVariable(flow.getId(), SELLER_MAY_APPEAL)).isNull();

    decideAppeal("resume", "The customer needed time to gather the requirements.");
    assertThat(suspended()).as("frozen until the resumption's own step ran").isTrue();
    String appeal =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(DeliveryAppeal.PROCESS_KEY)
            .processInstanceBusinessKey(order.orderId())
            .singleResult()
            .getId();
    Job resumption = managementService.createJobQuery().processInstanceId(appeal).singleResult();
    managementService.executeJob(resumption.getId());
    assertThat(suspended()).isFalse();

    // Frozen for 9 days: the customer's 5 days now end 9 days later than they would have.
    Date shifted =
        managementService.createJobQuery().jobId(silence.getId()).singleResult().getDuedate();
    assertThat(shifted.toInstant()).isEqualTo(silenceDue.toInstant().plus(Duration.ofDays(9)));
    assertThat(dueJobs()).isEmpty();
    submitRequest("Accounts");
    assertThat(flow).isWaitingAt(TASK_REVIEW_REQUEST);
  }

  @Test
  @DisplayName(
      "SAAS-10 operations complete the order on an appeal: COMPLETED, validity started, flow ended")
  void operationsCompleteTheOrder() {
    submitRequest("Accounts");
    appealAs(CUSTOMER);
    decideAppeal("complete", "The service was delivered offline; the customer confirmed by phone.");

    assertThat(flow).isEnded();
    assertThat(status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order().validFrom()).isNotNull();
  }

  @Test
  @DisplayName("SAAS-10 operations close the order on an appeal: CLOSED, flow ended")
  void operationsCloseTheOrder() {
    appealAs(CUSTOMER);
    decideAppeal("close", "The customer cancelled the purchase.");

    assertThat(flow).isEnded();
    assertThat(status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  @DisplayName("SAAS-10 an appeal decision without a reason is refused and the flow stays frozen")
  void decisionNeedsAReason() {
    appealAs(CUSTOMER);
    Task decide = appealTask();
    users.actAs(OPERATIONS);
    assertThatThrownBy(
            () -> taskService.complete(decide.getId(), Map.of("appealDecision", "resume")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for the decision is required");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(flow.getId())
                .singleResult()
                .isSuspended())
        .isTrue();
  }

  @Test
  @DisplayName("ALL-3 a rejection without a reason is refused, on either side, and nothing changes")
  void rejectionNeedsAReason() {
    submitRequest("Accounts");
    users.actAs(SELLER);
    String review = currentTask().getId();
    assertThatThrownBy(() -> taskService.complete(review, Map.of(REQUEST_DECISION, REJECT)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for rejecting is required.");
    assertThat(flow).isWaitingAt(TASK_REVIEW_REQUEST);
    assertThat(runtimeService.getVariable(flow.getId(), "sellerRejections")).isNull();

    review(ACCEPT, null);
    deliver("Done");
    users.actAs(CUSTOMER);
    String accept = currentTask().getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    accept, Map.of(DELIVERY_DECISION, REJECT, DELIVERY_REJECTION_REASON, " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for rejecting is required.");
    assertThat(flow).isWaitingAt(TASK_ACCEPT_DELIVERY);
  }

  @Test
  @DisplayName("ALL-3 a delivery without a service result is refused")
  void deliveryNeedsAResult() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    users.actAs(SELLER);
    String deliverTask = currentTask().getId();
    assertThatThrownBy(() -> taskService.complete(deliverTask))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Service result is required");
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE);
  }

  @Test
  @DisplayName(
      "SAAS-5 the seller delivers the service result with deliverables; the records name the files")
  void deliverablesAreDelivered() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    steps.deliver(
        order,
        Map.of(SERVICE_RESULT, "Tenant provisioned.", "deliverable1", file("guide.pdf", 2_000)));

    assertThat(flow).isWaitingAt(TASK_ACCEPT_DELIVERY);
    assertThat(lastRecordDetails())
        .contains("guide.pdf")
        .contains("2000")
        .doesNotContain("deliverable2");
  }

  @Test
  @DisplayName(
      "ALL-3 an oversized deliverable is refused with the limit named, and nothing changes")
  void oversizedDeliverableIsRefused() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    assertThatThrownBy(
            () ->
                steps.deliver(
                    order,
                    Map.of(SERVICE_RESULT, "Done", "deliverable1", file("backup.zip", 10_485_761))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Deliverable 1: backup.zip has 10485761 bytes; at most 10485760");
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE);
    assertThat(runtimeService.getVariable(flow.getId(), "deliverable1")).isNull();
  }

  @Test
  @DisplayName("ALL-3 a deliverable of a type the form does not accept is refused")
  void deliverableOfWrongTypeIsRefused() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    assertThatThrownBy(
            () ->
                steps.deliver(
                    order, Map.of(SERVICE_RESULT, "Done", "deliverable2", file("setup.exe", 100))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("setup.exe is not an accepted file type");
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE);
  }

  @Test
  @DisplayName(
      "ALL-6 a program renamed report.pdf is refused as a deliverable by its content, naming the detected type and the accepted ones")
  void renamedProgramIsRefused() {
    submitRequest("Accounts");
    review(ACCEPT, null);
    assertThatThrownBy(
            () ->
                steps.deliver(
                    order,
                    Map.of(
                        SERVICE_RESULT,
                        "Done",
                        "deliverable1",
                        SampleFiles.file("report.pdf", "exe", 2_000))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(
            "Deliverable 1: report.pdf is not an accepted file type: its content is"
                + " application/x-msdownload; accepted are pdf, doc, docx");
    assertThatThrownBy(
            () ->
                steps.deliver(
                    order,
                    Map.of(
                        SERVICE_RESULT,
                        "Done",
                        "deliverable1",
                        Variables.fileValue("notes.pdf").file(new byte[500]).create())))
        .hasMessageContaining(
            "notes.pdf is not an accepted file type: its content is of no known type");
    assertThat(flow).isWaitingAt(TASK_DELIVER_SERVICE);
    assertThat(runtimeService.getVariable(flow.getId(), "deliverable1")).isNull();
  }

  @Test
  @DisplayName(
      "ALL-6 every accepted deliverable type is recognised by its content and recorded with its detected type, size and SHA-256")
  void everyAcceptedTypeByContent() throws Exception {
    submitRequest("Accounts");
    review(ACCEPT, null);
    steps.deliver(
        order,
        Map.of(
            SERVICE_RESULT,
            "Done",
            "deliverable1",
            file("guide.docx", 3_000),
            "deliverable2",
            file("sheet.xls", 3_000),
            "deliverable3",
            file("photo.jpg", 3_000)));
    JsonNode details = mapper.readTree(lastRecordDetails());
    assertThat(details.path("deliverable1").path("mimeType").asText())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(details.path("deliverable2").path("mimeType").asText())
        .isEqualTo("application/vnd.ms-excel");
    assertThat(details.path("deliverable3").path("bytes").asLong()).isEqualTo(3_000);
    assertThat(details.path("deliverable3").path("sha256").asText())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(file("photo.jpg", 3_000).getValue().readAllBytes())));
  }

  private String lastRecordDetails() {
    List<OperationRecord> records = orderService.records(order.orderId(), users.actAs(OPERATIONS));
    users.logOut();
    return records.stream()
        .filter(record -> record.action().equals("Deliver the service"))
        .reduce((first, second) -> second)
        .orElseThrow()
        .details();
  }

  private static FileValue file(String name, int bytes) {
    return SampleFiles.named(name, bytes);
  }

  private void runToAcceptance(Instant accepted) {
    submitRequest("Accounts");
    review(ACCEPT, null);
    deliver("Done");
    at(accepted);
    acceptDelivery(ACCEPT, null);
  }

  void submitRequest(String request) {
    steps.submitRequest(order, request);
  }

  void review(String decision, String reason) {
    steps.review(order, decision, reason);
  }

  void deliver(String result) {
    steps.deliver(order, result);
  }

  void acceptDelivery(String decision, String reason) {
    steps.acceptDelivery(order, decision, reason);
  }

  private void appealAs(String user) {
    try {
      appealService.file(
          order.orderId(), new NewAppeal("We need operations to look at this."), users.actAs(user));
    } finally {
      users.logOut();
    }
  }

  private void decideAppeal(String decision, String reason) {
    Task decide = appealTask();
    users.actAs(OPERATIONS);
    taskService.complete(
        decide.getId(), Map.of("appealDecision", decision, "decisionReason", reason));
    users.logOut();
  }

  private boolean suspended() {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(flow.getId())
        .singleResult()
        .isSuspended();
  }

  private Task appealTask() {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(order.orderId())
        .taskDefinitionKey("Task_DecideAppeal")
        .singleResult();
  }

  private Task currentTask() {
    return taskService.createTaskQuery().processInstanceId(flow.getId()).singleResult();
  }

  private List<Job> timers() {
    return managementService.createJobQuery().processInstanceId(flow.getId()).timers().list();
  }

  private List<Job> dueJobs() {
    return managementService.createJobQuery().processInstanceId(flow.getId()).executable().list();
  }

  private void executeDueJobs() {
    dueJobs().forEach(job -> managementService.executeJob(job.getId()));
  }

  private Order order() {
    return orders.find(order.orderId());
  }

  private OrderStatus status() {
    return order().status();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
