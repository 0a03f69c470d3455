package com.deliverysupervision.appeal;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TasklistSession;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.deliverysupervision.transfer.EntitlementTransfer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ALI-1: either party of an Alibaba delivery raises a dispute, through the API or Tasklist's start
 * form; it freezes the delivery until a marketplace administrator decides.
 */
@DeliveryApplicationTest
class AlibabaDisputeTest {
  // June to August: no daylight saving change in most zones, whatever the server's.
  private List<String> startableBy(String user) throws Exception {
    return mapper
        .readTree(
            api.get(
                    user,
                    "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
                        + "&startablePermissionCheck=true")
                .getBody())
        .findValuesAsText("key");
  }

  private static final Instant DELIVERED = Instant.parse("2026-06-01T09:00:00Z");
  private static final Duration CONFIRMATION_PERIOD = Duration.ofDays(14);
  private static final Duration FROZEN = Duration.ofDays(10);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired JdbcClient jdbc;

  Order order;
  ProcessInstance delivery;

  @BeforeEach
  void deliveredAwaitingConfirmation() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(DELIVERED));
    order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    delivery = instance(order);
    taskService.complete(task(delivery).getId(), TestOrders.demand());
    taskService.complete(task(delivery).getId());
    assertThat(delivery).isWaitingAt(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);
  }

  @Test
  @DisplayName(
      "ALI-1 the customer's dispute freezes the delivery: its task cannot be completed and the 14-day confirmation does not fire, even past its due date; administrators find it in Tasklist, operations managers do not")
  void customerDisputeFreezesTheDelivery() throws Exception {
    String disputeId = dispute(CUSTOMER, order);

    assertThat(suspended(order)).isTrue();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(order.processInstanceId())
                .active()
                .count())
        .isZero();
    ClockUtil.setCurrentTime(Date.from(DELIVERED.plus(CONFIRMATION_PERIOD).plus(FROZEN)));
    assertThat(dueTimers(order)).isEmpty();

    Task decide = decisionTask(disputeId);
    assertThat(decide.getName()).isEqualTo("Decide on the appeal or dispute");
    assertThat(taskService.getIdentityLinksForTask(decide.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Roles.MARKETPLACE_ADMINS);
    assertThat(
            api.get(
                    OPERATIONS,
                    "/engine-rest/task/count?processInstanceId="
                        + disputeId
                        + "&candidateUser=ops1")
                .getBody())
        .contains("\"count\":0");
    assertThat(runtimeService.getVariable(disputeId, DeliveryAppeal.APPELLANT)).isEqualTo(CUSTOMER);
  }

  @Test
  @DisplayName(
      "ALI-1 the seller raises a dispute at any time; the administrator resumes the delivery and the frozen days do not count against the 14 days: the step is due, and confirms itself, one minute after them, not one minute before")
  void sellerDisputeResumedWithoutTheFrozenDays() throws Exception {
    runJobsOf(sellersDisputeDecidedToResume());

    assertThat(suspended(order)).isFalse();
    assertThat(delivery).isWaitingAt(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);
    Instant confirmationDue = DELIVERED.plus(CONFIRMATION_PERIOD).plus(FROZEN);
    assertThat(openStepDue())
        .as("the step's due date, as its customer and the overdue view read it")
        .isEqualTo(confirmationDue);
    fireOnlyAfter(order, confirmationDue);

    assertThat(delivery).isEnded();
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 the minutes the resumption waits after the decision (its job late or retried) are frozen time too: the step is due, and confirms itself, one minute after the frozen days and those minutes, not one minute before")
  void resumptionsWaitIsFrozenToo() throws Exception {
    String disputeId = sellersDisputeDecidedToResume();
    Duration waited = Duration.ofHours(2);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(waited)));
    runJobsOf(disputeId);

    assertThat(suspended(order)).isFalse();
    Instant confirmationDue = DELIVERED.plus(CONFIRMATION_PERIOD).plus(FROZEN).plus(waited);
    assertThat(openStepDue()).isEqualTo(confirmationDue);
    fireOnlyAfter(order, confirmationDue);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 a dispute decided before the application kept how far the timers moved (its resumption pending across an upgrade) resumes with the timers moved once, not by the frozen days twice")
  void resumptionDecidedBeforeAnUpgradeMovesOnce() throws Exception {
    String disputeId = sellersDisputeDecidedToResume();
    // As the earlier version's move left it.
    runtimeService.removeVariable(disputeId, DeliveryAppeal.FROZEN_TIME_MOVED);
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))));
    runJobsOf(disputeId);

    assertThat(suspended(order)).isFalse();
    fireOnlyAfter(order, DELIVERED.plus(CONFIRMATION_PERIOD).plus(FROZEN));
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 the administrator confirms the delivery on a dispute: the order is COMPLETED without a validity period, and the delivery ends")
  void administratorConfirmsTheDelivery() throws Exception {
    String disputeId = dispute(CUSTOMER, order);

    decide(disputeId, "complete", "The site is online; the customer confirmed it by phone.");

    Order completed = orders.find(order.orderId());
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.validFrom()).isNull();
    assertThat(delivery).isEnded();
    assertThat(instance(disputeId)).isNull();
  }

  @Test
  @DisplayName(
      "ALI-1 ALI-3 the administrator confirms a double check delivery on a dispute: the warranty period starts from the decision and the order completes only when it ends, one minute after it, not one minute before")
  void confirmedOnDisputeTheWarrantyRuns() throws Exception {
    ProcessInstance flow = deliveredWithWarranty("P90D");
    String disputeId = dispute(CUSTOMER, orderOf(flow));
    Instant decided = DELIVERED.plus(FROZEN);
    ClockUtil.setCurrentTime(Date.from(decided));

    decide(disputeId, "complete", "The site is online; the warranty covers the reports.");

    assertThat(flow).isWaitingAt(AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY);
    assertThat(flow).hasPassed("Task_RecordConfirmedOnDispute");
    assertThat(instance(disputeId)).isNull();
    Order confirmed = orders.find(orderOf(flow).orderId());
    assertThat(confirmed.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(
            jdbc.sql("select subject from ds_notification where recipient = ? and order_id = ?")
                .params(CUSTOMER, confirmed.orderId())
                .query(String.class)
                .list())
        .as("ALL-5 told that the warranty starts, not that the order completed")
        .contains(
            "The delivery of order "
                + confirmed.orderId()
                + " is confirmed on the dispute: the warranty period starts");
    fireOnlyAfter(confirmed, decided.plus(Duration.ofDays(90)));
    assertThat(flow).isEnded();
    assertThat(orders.find(confirmed.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 ALI-3 while the confirmation is being handed to the resumed delivery no second dispute may be filed (409), and the confirmation is not lost")
  void noSecondDisputeWhileTheConfirmationIsHandedOver() throws Exception {
    ProcessInstance flow = deliveredWithWarranty("P90D");
    Order disputed = orderOf(flow);
    String disputeId = dispute(CUSTOMER, disputed);
    users.actAs(MARKETPLACE);
    try {
      taskService.complete(
          decisionTask(disputeId).getId(),
          Map.of(
              DeliveryAppeal.APPEAL_DECISION,
              "complete",
              DeliveryAppeal.DECISION_REASON,
              "Delivered as ordered."));
    } finally {
      users.logOut();
    }
    Job resume = managementService.createJobQuery().processInstanceId(disputeId).singleResult();
    managementService.executeJob(resume.getId());
    assertThat(suspended(disputed)).isFalse();

    ResponseEntity<String> second =
        api.post(SELLER, appealsOf(disputed), "{\"reason\": \"The customer is silent.\"}");
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody()).contains("is open");

    Job handOver = managementService.createJobQuery().processInstanceId(disputeId).singleResult();
    managementService.executeJob(handOver.getId());
    assertThat(flow).isWaitingAt(AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY);
  }

  @Test
  @DisplayName(
      "ALI-1 ALI-3 the administrator confirms a double check delivery on a dispute during its warranty period: the warranty is confirmed, the order is COMPLETED and the delivery ends")
  void confirmedDuringTheWarranty() throws Exception {
    ProcessInstance flow = deliveredWithWarranty("P90D");
    taskService.complete(task(flow).getId());
    assertThat(flow).isWaitingAt(AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY);
    String disputeId = dispute(SELLER, orderOf(flow));

    decide(disputeId, "complete", "The customer uses the site; nothing is left to fix.");

    assertThat(flow).isEnded();
    assertThat(orders.find(orderOf(flow).orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 the administrator terminates the delivery on a dispute: the order is CLOSED and the delivery ends")
  void administratorTerminatesTheDelivery() throws Exception {
    String disputeId = dispute(SELLER, order);

    decide(disputeId, "close", "The customer withdrew the purchase.");

    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(delivery).isEnded();
  }

  @Test
  @DisplayName(
      "ALI-1 ALI-3 a dispute during the warranty period: the frozen days extend it, the delivery ends one minute after the period and the frozen days, not one minute before")
  void frozenDaysExtendTheWarranty() throws Exception {
    ProcessInstance flow = deliveredWithWarranty("P90D");
    Order withWarranty = orderOf(flow);
    taskService.complete(task(flow).getId());
    assertThat(flow).isWaitingAt(AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY);

    Instant raised = DELIVERED.plus(Duration.ofDays(30));
    ClockUtil.setCurrentTime(Date.from(raised));
    String disputeId = dispute(CUSTOMER, withWarranty);
    ClockUtil.setCurrentTime(Date.from(raised.plus(FROZEN)));
    decide(disputeId, "resume", "The seller will fix the reports under warranty.");

    Instant warrantyEnds = DELIVERED.plus(Duration.ofDays(90)).plus(FROZEN);
    fireOnlyAfter(withWarranty, warrantyEnds);

    assertThat(flow).isEnded();
    assertThat(orders.find(withWarranty.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-2 the parties of another order cannot raise a dispute on it nor learn that it exists; administrators and operations managers decide disputes, they do not raise them; nothing is frozen")
  void strangersCannotDispute() {
    String body = "{\"reason\": \"Let me in.\"}";
    for (String stranger : List.of(OTHER_SELLER, OTHER_CUSTOMER)) {
      ResponseEntity<String> refused = api.post(stranger, appealsOf(order), body);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    for (String decider : List.of(OPERATIONS, MARKETPLACE)) {
      ResponseEntity<String> refused = api.post(decider, appealsOf(order), body);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("decide them");
    }
    assertThat(suspended(order)).isFalse();
    assertThat(disputes(order)).isZero();
  }

  @Test
  @DisplayName(
      "ALI-1 GCP-3 ALL-2 a party raises a dispute from Tasklist's Start process, with the order ID and a reason, filed as that party; what it sends beyond the form (another appellant, who decides) is refused with 400 and nothing is filed. A seller may start nothing else there, a customer only its entitlement transfers")
  void disputeFromTasklistStartForm() throws Exception {
    assertThat(startableBy(SELLER)).containsExactly(DeliveryAppeal.PROCESS_KEY);
    assertThat(startableBy(CUSTOMER))
        .containsExactlyInAnyOrder(DeliveryAppeal.PROCESS_KEY, EntitlementTransfer.PROCESS_KEY);

    ResponseEntity<String> smuggled =
        submitStartForm(
            CUSTOMER,
            Map.of(
                "orderId",
                order.orderId(),
                "appealReason",
                "The seller delivered another site.",
                DeliveryAppeal.APPELLANT,
                SELLER,
                DeliveryAppeal.DECIDED_BY,
                Roles.CUSTOMERS));
    assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(smuggled.getBody()).contains("appellant, decidedBy are not on its form");
    assertThat(disputes(order)).isZero();

    ResponseEntity<String> started =
        submitStartForm(
            CUSTOMER,
            Map.of(
                "orderId", order.orderId(), "appealReason", "The seller delivered another site."));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String disputeId = mapper.readTree(started.getBody()).path("id").asText();
    assertThat(instance(disputeId).getBusinessKey()).isEqualTo(order.orderId());
    assertThat(runtimeService.getVariable(disputeId, DeliveryAppeal.APPELLANT)).isEqualTo(CUSTOMER);
    assertThat(taskService.getIdentityLinksForTask(decisionTask(disputeId).getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly(Roles.MARKETPLACE_ADMINS);
    assertThat(suspended(order)).isTrue();
    assertThat(api.get(SELLER, "/engine-rest/process-instance/" + disputeId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-3 a dispute from Tasklist that may not be filed is refused with 400 saying why, and nothing is filed or frozen")
  void refusedStartFormFilesNothing() throws Exception {
    long appealsBefore = allAppeals();
    Map<String, ResponseEntity<String>> refusals =
        Map.of(
            "Give the reason",
            submitStartForm(CUSTOMER, Map.of("orderId", order.orderId(), "appealReason", " ")),
            "Name the order",
            submitStartForm(CUSTOMER, Map.of("appealReason", "Nothing works.")),
            "There is no order",
            submitStartForm(
                OTHER_CUSTOMER,
                Map.of("orderId", order.orderId(), "appealReason", "Nothing works.")));
    refusals.forEach(
        (words, response) -> {
          assertThat(response.getStatusCode()).as(words).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(response.getBody()).as(words).contains(words);
        });
    assertThat(suspended(order)).isFalse();
    assertThat(disputes(order)).isZero();
    assertThat(allAppeals()).isEqualTo(appealsBefore);
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-2 a party cannot start a dispute at a later step to skip its check, such as closing the order: 403, and nothing changes")
  void noStartPastTheCheck() throws Exception {
    ResponseEntity<String> response =
        api.post(
            CUSTOMER,
            "/engine-rest/process-definition/key/" + DeliveryAppeal.PROCESS_KEY + "/start",
            "{\"businessKey\": \""
                + order.orderId()
                + "\", \"skipCustomListeners\": true, \"startInstructions\": [{\"type\":"
                + " \"startBeforeActivity\", \"activityId\": \"Task_CloseOrder\"}]}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("start it at its start event");
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(disputes(order)).isZero();
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-3 a dispute started through Camunda's REST API (or the webapps' engine API) without a reason, or on an order that is not the caller's, is refused with 400 saying why, and nothing starts")
  void startRefusedAsBadRequest() throws Exception {
    TasklistSession tasklist = api.tasklist(CUSTOMER);
    Map<String, String> refusals =
        Map.of(
            "{\"businessKey\": \"" + order.orderId() + "\"}",
            "Give the reason for the appeal or dispute.",
            "{\"businessKey\": \"NO-SUCH-ORDER\", \"variables\": {\"appealReason\": {\"value\":"
                + " \"Late.\"}}}",
            "There is no order NO-SUCH-ORDER.");
    refusals.forEach(
        (body, words) -> {
          String start = "process-definition/key/" + DeliveryAppeal.PROCESS_KEY + "/start";
          for (ResponseEntity<String> response :
              List.of(
                  api.post(CUSTOMER, "/engine-rest/" + start, body), tasklist.post(start, body))) {
            assertThat(response.getStatusCode()).as(words).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).as(words).contains(words);
          }
        });
    assertThat(disputes(order)).isZero();
    assertThat(suspended(order)).isFalse();
  }

  /** A double check delivery whose seller delivered: the customer is asked to confirm it. */
  private ProcessInstance deliveredWithWarranty(String warrantyPeriod) {
    Order withWarranty =
        orders.placeWithWarranty(AlibabaDoubleCheckDelivery.PROCESS_KEY, warrantyPeriod);
    ProcessInstance flow = instance(withWarranty);
    taskService.complete(task(flow).getId(), TestOrders.demand());
    taskService.complete(task(flow).getId());
    assertThat(flow).isWaitingAt(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);
    return flow;
  }

  private Order orderOf(ProcessInstance flow) {
    return orders.find(flow.getBusinessKey());
  }

  private String dispute(String party, Order disputed) throws Exception {
    ResponseEntity<String> response =
        api.post(
            party, appealsOf(disputed), "{\"reason\": \"We disagree on what was delivered.\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return mapper.readTree(response.getBody()).path("appealId").asText();
  }

  private ResponseEntity<String> submitStartForm(String user, Map<String, String> variables)
      throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    return api.post(
        user,
        "/engine-rest/process-definition/key/" + DeliveryAppeal.PROCESS_KEY + "/submit-form",
        mapper.writeValueAsString(Map.of("variables", typed)));
  }

  /** As the administrator, in Tasklist; a resumption's own steps run as the job executor would. */
  /**
   * The seller's dispute, raised 3 days after the delivery, decided after {@link #FROZEN}: resume;
   * the steps after the decision wait for their jobs. Its ID.
   */
  private String sellersDisputeDecidedToResume() throws Exception {
    Instant raised = DELIVERED.plus(Duration.ofDays(3));
    ClockUtil.setCurrentTime(Date.from(raised));
    String disputeId = dispute(SELLER, order);
    ClockUtil.setCurrentTime(Date.from(raised.plus(FROZEN)));
    decideOnly(disputeId, "resume", "The customer will test the site first.");
    return disputeId;
  }

  private Instant openStepDue() {
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .getDueDate()
        .toInstant();
  }

  private void decide(String disputeId, String decision, String reason) {
    decideOnly(disputeId, decision, reason);
    runJobsOf(disputeId);
  }

  /** The administrator's decision, its steps after it left to their jobs. */
  private void decideOnly(String disputeId, String decision, String reason) {
    Task decide = decisionTask(disputeId);
    users.actAs(MARKETPLACE);
    try {
      taskService.complete(
          decide.getId(),
          Map.of(DeliveryAppeal.APPEAL_DECISION, decision, DeliveryAppeal.DECISION_REASON, reason));
    } finally {
      users.logOut();
    }
  }

  private void runJobsOf(String disputeId) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(disputeId).list())
        .isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private Task decisionTask(String disputeId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(disputeId)
        .taskDefinitionKey(DeliveryAppeal.TASK_DECIDE_APPEAL)
        .singleResult();
  }

  /** The delivery's one timer is not due a minute before {@code due}; a minute after, it fires. */
  private void fireOnlyAfter(Order of, Instant due) {
    ClockUtil.setCurrentTime(Date.from(due.minus(MINUTE)));
    assertThat(dueTimers(of)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(due.plus(MINUTE)));
    List<Job> timers = dueTimers(of);
    assertThat(timers).hasSize(1);
    managementService.executeJob(timers.get(0).getId());
  }

  private List<Job> dueTimers(Order of) {
    return managementService
        .createJobQuery()
        .processInstanceId(of.processInstanceId())
        .timers()
        .active()
        .executable()
        .list();
  }

  private boolean suspended(Order of) {
    return instance(of).isSuspended();
  }

  private ProcessInstance instance(Order of) {
    return instance(of.processInstanceId());
  }

  private ProcessInstance instance(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private long disputes(Order of) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(DeliveryAppeal.PROCESS_KEY)
        .processInstanceBusinessKey(of.orderId())
        .count();
  }

  private long allAppeals() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(DeliveryAppeal.PROCESS_KEY)
        .count();
  }

  private static String appealsOf(Order of) {
    return "/api/orders/" + of.orderId() + "/appeals";
  }
}
