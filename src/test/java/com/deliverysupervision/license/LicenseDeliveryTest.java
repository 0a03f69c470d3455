package com.deliverysupervision.license;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.appeal.AppealNotAllowedException;
import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.order.StartValidityDelegate;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** KooGallery license delivery, both versions (LIC-2..LIC-5, LIC-8). */
@DeliveryApplicationTest
class LicenseDeliveryTest {
  private static final OffsetDateTime JAN_1 = OffsetDateTime.parse("2026-01-01T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired OrderService orderService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AppealService appeals;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void newYear() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(JAN_1.toInstant()));
  }

  @Test
  @DisplayName(
      "LIC-8 an order placed at 23:59 on 2025-03-25 in the marketplace's zone runs the earlier version, one placed at 00:00 on 2025-03-26 the current one, though both are 2025-03-25 in UTC, also when it names the earlier one")
  void versionByPlacementTime() {
    assertThat(placedAt("2025-03-25T23:59:00+08:00").deliveryTemplate())
        .isEqualTo(LicenseDelivery2022.PROCESS_KEY);
    Order current = placedAt("2025-03-26T00:00:00+08:00");
    assertThat(current.deliveryTemplate()).isEqualTo(LicenseDelivery.PROCESS_KEY);
    assertThat(current.placedAt().toInstant())
        .isEqualTo(OffsetDateTime.parse("2025-03-25T16:00:00Z").toInstant());
    assertThat(placedAt(JAN_1.toString()).deliveryTemplate())
        .isEqualTo(LicenseDelivery.PROCESS_KEY);
    NewOrder license = LicenseSteps.order(TestOrders.newOrderId(), JAN_1);
    NewOrder namingTheEarlier =
        new NewOrder(
            license.orderId(),
            license.productId(),
            license.specification(),
            license.sellerId(),
            license.customerId(),
            license.amount(),
            license.currency(),
            LicenseDelivery2022.PROCESS_KEY,
            license.purchasedPeriod(),
            null,
            null,
            null,
            license.placedAt(),
            license.deliveryPeriodDays());
    assertThat(
            orderService
                .place(
                    namingTheEarlier,
                    new CurrentUser(MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)))
                .deliveryTemplate())
        .as("the date decides, not the template named")
        .isEqualTo(LicenseDelivery.PROCESS_KEY);
  }

  @Test
  @DisplayName(
      "LIC-8 ALL-3 an order placed in the future is refused with 400, and nothing is stored")
  void placedInTheFuture() {
    String orderId = TestOrders.newOrderId();
    String json =
        """
        {"orderId": "%s", "productId": "lic-1", "specification": "Standard",
         "sellerId": "seller1", "customerId": "customer1", "amount": 20.00, "currency": "USD",
         "deliveryTemplate": "koogallery-license-delivery", "purchasedPeriod": "P1M",
         "placedAt": "%s"}
        """
            .formatted(orderId, JAN_1.plusDays(1));
    var response = api.post(MARKETPLACE, "/api/orders", json);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("placedAt").contains("future");
    assertThat(api.get(MARKETPLACE, "/api/orders/" + orderId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName(
      "LIC-2 the seller rejects the request to the customer for modification, with its reason shown in the customer's next request; the next review starts undecided; then accepts the modified one")
  void requestRejectedThenAccepted() {
    ProcessInstance flow = instance(placed());
    submitRequest(flow, "Licenses for 20 users.");
    taskService.complete(
        task(flow).getId(),
        Map.of("requestDecision", "reject", "requestRejectionReason", "Name the users' domain."));
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_SUBMIT_REQUEST);
    assertHandedBack(
        flow, "lastRequestRejectionReason", "Name the users' domain.", "requestDecision");

    submitRequest(flow, "Licenses for 20 users of example.com.");
    taskService.complete(task(flow).getId(), Map.of("requestDecision", "accept"));
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_UPLOAD_PROOF).task().isAssignedTo(SELLER);
  }

  @Test
  @DisplayName(
      "LIC-4 LIC-5 the seed's example, no enabling time: one month bought Jan 1, accepted Feb 1, valid Feb 1 to Mar 1; the order is COMPLETED at the acceptance")
  void validityFromAcceptance() {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    taskService.complete(task(flow).getId(), proof(null));
    OffsetDateTime feb1 = JAN_1.plusMonths(1);
    ClockUtil.setCurrentTime(Date.from(feb1.toInstant()));

    taskService.complete(task(flow).getId(), Map.of("deliveryDecision", "accept"));

    assertThat(flow).isEnded().hasPassed(LicenseDelivery.END_ORDER_COMPLETED);
    Order completed = orders.find(order.orderId());
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.completedAt().toInstant()).isEqualTo(feb1.toInstant());
    assertThat(completed.validFrom().toInstant()).isEqualTo(feb1.toInstant());
    assertThat(completed.validUntil().toInstant()).isEqualTo(feb1.plusMonths(1).toInstant());
  }

  @Test
  @DisplayName(
      "LIC-3 LIC-4 the seed's example, enabling time Jan 1: accepted Feb 1, valid Jan 1 to Feb 1")
  void validityFromEnablingTime() {
    Order order = placed();
    ProcessInstance flow = atAcceptanceEnabledJan1(order);

    taskService.complete(task(flow).getId(), Map.of("deliveryDecision", "accept"));

    Order completed = orders.find(order.orderId());
    assertThat(completed.validFrom().toInstant()).isEqualTo(JAN_1.toInstant());
    assertThat(completed.validUntil().toInstant()).isEqualTo(JAN_1.plusMonths(1).toInstant());
  }

  @Test
  @DisplayName(
      "LIC-4 ALL-2 the customer accepting cannot move or erase the enabling time the seller set: refused with 400; sent as shown, it passes, and the validity starts at it")
  void customerCannotChangeTheEnablingTime() {
    Order order = placed();
    String accept = task(atAcceptanceEnabledJan1(order)).getId();
    Date enabled = Date.from(JAN_1.toInstant());

    identityService.setAuthentication(CUSTOMER, List.of(Roles.CUSTOMERS));
    try {
      for (Date moved : Arrays.asList(Date.from(JAN_1.plusYears(1).toInstant()), null)) {
        Map<String, Object> acceptance = new HashMap<>(Map.of("deliveryDecision", "accept"));
        acceptance.put(StartValidityDelegate.ACTUAL_ENABLING_TIME, moved);
        assertThatThrownBy(() -> taskService.complete(accept, acceptance))
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining("actualEnablingTime is shown on its form");
      }
      taskService.complete(
          accept,
          Map.of(
              "deliveryDecision", "accept", StartValidityDelegate.ACTUAL_ENABLING_TIME, enabled));
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(orders.find(order.orderId()).validFrom().toInstant()).isEqualTo(JAN_1.toInstant());
  }

  @Test
  @DisplayName(
      "LIC-3 LIC-4 ALL-6 an administrator's change by hand of the seller's proof passes the checks of its form and rules: an enabling time sent as text or in the future, a content silent on a template item, the content removed, a program as the statement of work, a completion, a modification, a batch or a migration setting them get 400 and change nothing; a correct enabling time moves the validity's start")
  void entriesChangedByHandPassTheirChecks() {
    Order order = placed();
    ProcessInstance flow = atAcceptanceEnabledJan1(order);
    String variables = "/engine-rest/process-instance/" + flow.getId() + "/variables";
    Map<String, ResponseEntity<String>> refusals =
        Map.of(
            "Actual enabling time must be a date and time",
            api.put(
                MARKETPLACE,
                variables + "/" + StartValidityDelegate.ACTUAL_ENABLING_TIME,
                "{\"value\": \"yesterday\", \"type\": \"String\"}"),
            "is in the future",
            api.put(
                MARKETPLACE,
                "/engine-rest/task/"
                    + task(flow).getId()
                    + "/variables/"
                    + StartValidityDelegate.ACTUAL_ENABLING_TIME,
                "{\"value\": \"2026-03-01T10:00:00.000+0800\", \"type\": \"Date\"}"),
            "says nothing of Installation guide",
            api.post(
                MARKETPLACE,
                variables,
                "{\"modifications\": {\"deliveryContent\": {\"value\": \"License key: sent.\"}}}"),
            "is required",
            api.delete(MARKETPLACE, variables + "/" + LicenseDelivery.DELIVERY_CONTENT),
            "must be a date and time",
            api.post(
                MARKETPLACE,
                "/engine-rest/process-instance/" + flow.getId() + "/modification",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \""
                    + LicenseDelivery.TASK_ACCEPT_DELIVERY
                    + "\", \"variables\": {\"actualEnablingTime\": {\"value\": \"soon\"}}}]}"));
    refusals.forEach(
        (words, answer) -> {
          assertThat(answer.getStatusCode()).as(words).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(answer.getBody()).as(words).contains(words);
        });
    as(
        MARKETPLACE,
        List.of(Roles.MARKETPLACE_ADMINS),
        () -> {
          assertThatThrownBy(
                  () ->
                      runtimeService.setVariable(
                          flow.getId(),
                          LicenseDelivery.STATEMENT_OF_WORK,
                          SampleFiles.file("sow.pdf", "exe", 2_000)))
              .isInstanceOf(BadUserRequestException.class)
              .hasMessageContaining("its content is");
          assertThatThrownBy(
                  () ->
                      taskService.complete(
                          task(flow).getId(),
                          Map.of(
                              "deliveryDecision",
                              "accept",
                              StartValidityDelegate.ACTUAL_ENABLING_TIME,
                              "yesterday")))
              .isInstanceOf(BadUserRequestException.class)
              .hasMessageContaining("must be a date and time");
        });
    as(
        "an-administrator",
        List.of(Groups.CAMUNDA_ADMIN),
        () -> {
          assertThatThrownBy(
                  () ->
                      runtimeService.setVariablesAsync(
                          List.of(flow.getId()),
                          Map.of(
                              StartValidityDelegate.ACTUAL_ENABLING_TIME,
                              Date.from(JAN_1.plusDays(1).toInstant()))))
              .isInstanceOf(BadUserRequestException.class)
              .hasMessageContaining("corrected one order at a time");
          MigrationPlan plan =
              runtimeService
                  .createMigrationPlan(flow.getProcessDefinitionId(), flow.getProcessDefinitionId())
                  .mapEqualActivities()
                  .setVariables(
                      Map.of(
                          StartValidityDelegate.ACTUAL_ENABLING_TIME,
                          Date.from(JAN_1.plusDays(1).toInstant())))
                  .build();
          assertThatThrownBy(
                  () ->
                      runtimeService.newMigration(plan).processInstanceIds(flow.getId()).execute())
              .isInstanceOf(BadUserRequestException.class)
              .hasMessageContaining("corrected one order at a time");
        });
    assertThat(runtimeService.getVariable(flow.getId(), StartValidityDelegate.ACTUAL_ENABLING_TIME))
        .isEqualTo(Date.from(JAN_1.toInstant()));
    assertThat((String) runtimeService.getVariable(flow.getId(), LicenseDelivery.DELIVERY_CONTENT))
        .contains("Installation guide");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(flow.getId()).count())
        .isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(flow.getId()).count()).isOne();

    ResponseEntity<String> corrected =
        api.put(
            MARKETPLACE,
            variables + "/" + StartValidityDelegate.ACTUAL_ENABLING_TIME,
            "{\"value\": \"2026-01-02T10:00:00.000+0800\", \"type\": \"Date\"}");
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    as(
        MARKETPLACE,
        List.of(Roles.MARKETPLACE_ADMINS),
        () -> {
          // As Tasklist sends the form's read-only enabling time back: as the process holds it.
          taskService.complete(
              task(flow).getId(),
              Map.of(
                  "deliveryDecision",
                  "accept",
                  StartValidityDelegate.ACTUAL_ENABLING_TIME,
                  Date.from(JAN_1.plusDays(1).toInstant())));
        });
    assertThat(orders.find(order.orderId()).validFrom().toInstant())
        .isEqualTo(JAN_1.plusDays(1).toInstant());
  }

  @Test
  @DisplayName(
      "LIC-3 ALL-3 ALL-6 a proof without the statement of work, larger than 10 MB or that is not a document (a script or a web page named .txt too), a delivery content silent on a template item (also one sent as a number) or longer than 4,000 characters, or an enabling time in the future or before the order is refused, and the flow waits at the proof")
  void badProofIsRefused() {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    String upload = task(flow).getId();
    Map<String, Map<String, Object>> refusals =
        Map.of(
            "its content is",
            with(
                proof(null),
                LicenseDelivery.STATEMENT_OF_WORK,
                SampleFiles.file("sow.pdf", "exe", 2_000)),
            "its content is application/x-sh",
            with(
                proof(null),
                LicenseDelivery.STATEMENT_OF_WORK,
                SampleFiles.file("sow.txt", "sh", 200)),
            "its content is text/html",
            with(
                proof(null),
                LicenseDelivery.STATEMENT_OF_WORK,
                SampleFiles.file("sow.txt", "html", 200)),
            "says nothing of Installation guide",
            with(proof(null), LicenseDelivery.DELIVERY_CONTENT, "License key: sent by e-mail."),
            "Actual delivery content must be text.",
            with(proof(null), LicenseDelivery.DELIVERY_CONTENT, 42),
            // The engine keeps at most 4,000 characters of a text.
            "at most 4000 characters",
            with(
                proof(null),
                LicenseDelivery.DELIVERY_CONTENT,
                "License key and Installation guide: " + "x".repeat(4000)),
            "is in the future",
            proof(Date.from(JAN_1.plusDays(1).toInstant())),
            "before the order was placed",
            proof(Date.from(JAN_1.minusDays(1).toInstant())),
            "Statement of work is required",
            without(proof(null), LicenseDelivery.STATEMENT_OF_WORK),
            "at most 10485760 are accepted",
            with(
                proof(null),
                LicenseDelivery.STATEMENT_OF_WORK,
                SampleFiles.named("sow.pdf", 10_485_761)));
    refusals.forEach(
        (words, submission) ->
            assertThatThrownBy(() -> taskService.complete(upload, submission))
                .as(words)
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(words));
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_UPLOAD_PROOF);
    assertThat(runtimeService.getVariable(flow.getId(), LicenseDelivery.DELIVERY_CONTENT)).isNull();
  }

  @Test
  @DisplayName(
      "LIC-6 in the current version either party may appeal at any time; in the earlier one the seller only after the customer's silence")
  void appealsByVersion() {
    Order current = placed();
    appeals.file(
        current.orderId(), new NewAppeal("The customer sends nothing."), users.actAs(SELLER));
    users.logOut();
    assertThat(instance(current).isSuspended()).isTrue();

    Order earlier = placedAt("2025-03-01T10:00:00+08:00");
    assertThatThrownBy(
            () -> appeals.file(earlier.orderId(), new NewAppeal("Too early."), users.actAs(SELLER)))
        .isInstanceOf(AppealNotAllowedException.class);
    users.logOut();
  }

  @Test
  @DisplayName(
      "LIC-4 LIC-6 SAAS-10 the seller appeals a customer's silence after a proof enabled Jan 1; the marketplace completes the order on Feb 10: valid Jan 1 to Feb 1, as an acceptance would have made it")
  void appealCompletesFromTheEnablingTime() {
    Order order = placed();
    atAcceptanceEnabledJan1(order);
    ClockUtil.setCurrentTime(Date.from(JAN_1.plusDays(40).toInstant()));
    appeals.file(
        order.orderId(), new NewAppeal("The customer does not answer."), users.actAs(SELLER));
    users.logOut();

    taskService.complete(
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(order.orderId())
            .taskDefinitionKey("Task_DecideAppeal")
            .singleResult()
            .getId(),
        Map.of("appealDecision", "complete", "decisionReason", "The proof shows the delivery."));

    Order completed = orders.find(order.orderId());
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.validFrom().toInstant()).isEqualTo(JAN_1.toInstant());
    assertThat(completed.validUntil().toInstant()).isEqualTo(JAN_1.plusMonths(1).toInstant());
  }

  @Test
  @DisplayName(
      "LIC-5 LIC-8 in both versions the customer's rejection of a delivery goes back to the seller with its reason, shown in the seller's next step; the next acceptance starts undecided")
  void deliveryRejectedWithItsReason() {
    ProcessInstance current = atUploadProof(placed());
    taskService.complete(task(current).getId(), proof(null));
    ProcessInstance earlier = instance(placedAt("2025-03-01T10:00:00+08:00"));
    taskService.complete(task(earlier).getId(), Map.of("serviceResult", "Sent by post."));

    for (ProcessInstance flow : List.of(current, earlier)) {
      taskService.complete(
          task(flow).getId(),
          Map.of("deliveryDecision", "reject", "deliveryRejectionReason", "The key is invalid."));
      assertThat(task(flow).getAssignee()).isEqualTo(SELLER);
      assertHandedBack(
          flow, "lastDeliveryRejectionReason", "The key is invalid.", "deliveryDecision");
    }
  }

  /** The other side's next step shows the reason; the deciding side starts its next undecided. */
  private void assertHandedBack(
      ProcessInstance flow, String lastReason, String reason, String decision) {
    Map<String, Object> variables = runtimeService.getVariables(flow.getId());
    assertThat(variables).containsEntry(lastReason, reason);
    assertThat(variables)
        .doesNotContainKeys(decision, decision.replace("Decision", "RejectionReason"));
  }

  @Test
  @DisplayName(
      "LIC-8 the earlier version: the seller delivers offline with a service result, the customer accepts, validity starts at the acceptance and the order is COMPLETED 3 hours later")
  void earlierVersion() {
    Order order = placedAt("2025-03-01T10:00:00+08:00");
    ProcessInstance flow = instance(order);
    assertThat(flow)
        .isWaitingAt(LicenseDelivery2022.TASK_DELIVER_LICENSE)
        .task()
        .isAssignedTo(SELLER);
    taskService.complete(task(flow).getId(), Map.of("serviceResult", "License key sent by post."));
    assertThat(flow)
        .isWaitingAt(LicenseDelivery2022.TASK_ACCEPT_DELIVERY)
        .task()
        .isAssignedTo(CUSTOMER);
    taskService.complete(task(flow).getId(), Map.of("deliveryDecision", "accept"));

    assertThat(orders.find(order.orderId()).validFrom().toInstant()).isEqualTo(JAN_1.toInstant());
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    ClockUtil.setCurrentTime(Date.from(JAN_1.plus(Duration.ofHours(3)).plusMinutes(1).toInstant()));
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(flow.getId())
            .activityId(LicenseDelivery2022.TIMER_COMPLETION_DELAY)
            .singleResult()
            .getId());
    assertThat(flow).isEnded().hasPassed(LicenseDelivery2022.END_ORDER_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "REL-3 ALL-5 the delivery period passes one minute after the placement plus its days, not one minute before: the order is marked overdue and listed in the overdue view, the customer and the seller are told, and the delivery goes on")
  void deliveryPeriodOver() throws Exception {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    OffsetDateTime due = JAN_1.plusDays(LicenseSteps.DELIVERY_PERIOD_DAYS);
    assertThat(orders.find(order.orderId()).deliveryDueAt().toInstant()).isEqualTo(due.toInstant());

    ClockUtil.setCurrentTime(Date.from(due.minusMinutes(1).toInstant()));
    assertThat(dueTimers(flow)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(due.plusMinutes(1).toInstant()));
    dueTimers(flow).forEach(job -> managementService.executeJob(job.getId()));

    assertThat(orders.find(order.orderId()).deliveryOverdue()).isTrue();
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_UPLOAD_PROOF);
    assertThat(api.get(OPERATIONS, "/api/orders/overdue?limit=1000").getBody())
        .contains(order.orderId(), "Delivery period over");
    assertThat(subjectsTo(CUSTOMER, order))
        .contains("Order " + order.orderId() + " is past its delivery period");
    assertThat(subjectsTo(SELLER, order))
        .contains("Order " + order.orderId() + " is past its delivery period: deliver it now");
  }

  @Test
  @DisplayName(
      "REL-3 SAAS-8 an order past its delivery period whose delivery an appeal froze is neither listed nor counted as overdue while the appeal stands")
  void frozenOrderPastItsPeriodIsNotOverdue() throws Exception {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    ClockUtil.setCurrentTime(
        Date.from(JAN_1.plusDays(LicenseSteps.DELIVERY_PERIOD_DAYS).plusMinutes(1).toInstant()));
    dueTimers(flow).forEach(job -> managementService.executeJob(job.getId()));
    assertThat(api.get(OPERATIONS, "/api/orders/overdue?limit=1000").getBody())
        .contains(order.orderId());

    assertThat(
            api.post(
                    CUSTOMER,
                    "/api/orders/" + order.orderId() + "/appeals",
                    "{\"reason\": \"Nothing delivered yet.\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(api.get(OPERATIONS, "/api/orders/overdue?limit=1000").getBody())
        .doesNotContain(order.orderId());
  }

  private List<String> subjectsTo(String recipient, Order order) {
    return jdbc.sql("select subject from ds_notification where recipient = ? and order_id = ?")
        .params(recipient, order.orderId())
        .query(String.class)
        .list();
  }

  @Test
  @DisplayName(
      "REL-3 ALL-2 the seller cannot move the end of the delivery period with a completion: refused, the period unchanged")
  void deliveryPeriodIsAFact() {
    Order order = placed();
    ProcessInstance flow = instance(order);
    submitRequest(flow, "Licenses for 20 users.");
    Object due = runtimeService.getVariable(flow.getId(), OrderVariables.DELIVERY_DUE_AT);

    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(flow).getId(),
                    Map.of(
                        "requestDecision",
                        "accept",
                        OrderVariables.DELIVERY_DUE_AT,
                        Date.from(JAN_1.plusYears(10).toInstant()))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the order's deliveryDueAt cannot be changed");
    assertThat(runtimeService.getVariable(flow.getId(), OrderVariables.DELIVERY_DUE_AT))
        .isEqualTo(due);
  }

  @Test
  @DisplayName("REL-3 a license delivered within its delivery period is not marked overdue")
  void deliveredInTime() {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    taskService.complete(task(flow).getId(), proof(null));

    ClockUtil.setCurrentTime(
        Date.from(JAN_1.plusDays(LicenseSteps.DELIVERY_PERIOD_DAYS).plusMinutes(1).toInstant()));
    dueTimers(flow).forEach(job -> managementService.executeJob(job.getId()));

    assertThat(orders.find(order.orderId()).deliveryOverdue()).isFalse();
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_ACCEPT_DELIVERY);
  }

  @Test
  @DisplayName("REL-3 ALL-3 a license order without a delivery period is refused with 400")
  void orderNeedsADeliveryPeriod() {
    String json =
        """
        {"orderId": "%s", "productId": "lic-1", "specification": "Standard",
         "sellerId": "seller1", "customerId": "customer1", "amount": 20.00, "currency": "USD",
         "deliveryTemplate": "koogallery-license-delivery", "purchasedPeriod": "P1M"}
        """
            .formatted(TestOrders.newOrderId());
    var response = api.post(MARKETPLACE, "/api/orders", json);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("deliveryPeriodDays");
  }

  @Test
  @DisplayName(
      "LIC-6 when the customer has not accepted the delivery for 5 days, the seller sees the customer's contact on the order, not before (told from when); another seller never")
  void silentCustomersContact() throws Exception {
    Order order = placed();
    ProcessInstance flow = atUploadProof(order);
    String contact = "/api/orders/" + order.orderId() + "/customer-contact";
    var beforeDelivery = api.get(SELLER, contact);
    assertThat(beforeDelivery.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(beforeDelivery.getBody()).contains("not waiting for the customer's acceptance");
    taskService.complete(task(flow).getId(), proof(null));
    Job silence =
        managementService
            .createJobQuery()
            .processInstanceId(flow.getId())
            .activityId(LicenseDelivery.TIMER_CUSTOMER_SILENT)
            .singleResult();
    var beforeSilence = api.get(SELLER, contact);
    assertThat(beforeSilence.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(beforeSilence.getBody())
        .contains("from " + silence.getDuedate().toInstant())
        .contains("\"shownFrom\":\"" + silence.getDuedate().toInstant() + "\"")
        .doesNotContain("customer1@example.com");

    ClockUtil.setCurrentTime(Date.from(JAN_1.plusDays(5).plusMinutes(1).toInstant()));
    managementService.executeJob(silence.getId());

    var shown = api.get(SELLER, contact);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).contains("Chen Customer", "customer1@example.com");
    assertThat(api.get(TestOrders.OTHER_SELLER, contact).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_ACCEPT_DELIVERY);

    Order saas = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    var notShownThere = api.get(SELLER, "/api/orders/" + saas.orderId() + "/customer-contact");
    assertThat(notShownThere.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notShownThere.getBody()).contains("this order's delivery does not show it");
  }

  private List<Job> dueTimers(ProcessInstance flow) {
    return managementService
        .createJobQuery()
        .processInstanceId(flow.getId())
        .timers()
        .executable()
        .list();
  }

  private Order placed() {
    return placedAt(null);
  }

  /** A one-month license of the current template, as the marketplace sends it (no catalogue). */
  private Order placedAt(String placedAt) {
    Order order =
        orderService.place(
            LicenseSteps.order(
                TestOrders.newOrderId(), placedAt == null ? null : OffsetDateTime.parse(placedAt)),
            new CurrentUser(MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
    if (order.deliveryTemplate().equals(LicenseDelivery.PROCESS_KEY)) {
      runtimeService.setVariable(
          order.processInstanceId(), OrderVariables.DELIVERY_ITEMS, LicenseSteps.ITEMS);
    }
    return order;
  }

  private ProcessInstance atUploadProof(Order order) {
    ProcessInstance flow = instance(order);
    submitRequest(flow, "Licenses for 20 users.");
    taskService.complete(task(flow).getId(), Map.of("requestDecision", "accept"));
    return flow;
  }

  private void as(String user, List<String> groups, Runnable action) {
    identityService.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The seller's proof, sent Jan 4, says the license was enabled Jan 1; a month later. */
  private ProcessInstance atAcceptanceEnabledJan1(Order order) {
    ProcessInstance flow = atUploadProof(order);
    ClockUtil.setCurrentTime(Date.from(JAN_1.plusDays(3).toInstant()));
    taskService.complete(task(flow).getId(), proof(Date.from(JAN_1.toInstant())));
    ClockUtil.setCurrentTime(Date.from(JAN_1.plusMonths(1).toInstant()));
    return flow;
  }

  private void submitRequest(ProcessInstance flow, String request) {
    assertThat(flow).isWaitingAt(LicenseDelivery.TASK_SUBMIT_REQUEST).task().isAssignedTo(CUSTOMER);
    taskService.complete(task(flow).getId(), Map.of("serviceRequest", request));
  }

  private static Map<String, Object> proof(Date enabled) {
    Map<String, Object> proof = new HashMap<>();
    proof.put(
        LicenseDelivery.DELIVERY_CONTENT,
        "License key: sent to the administrator.\nInstallation guide: PDF attached.");
    proof.put(
        LicenseDelivery.STATEMENT_OF_WORK, SampleFiles.named("statement-of-work.pdf", 20_000));
    if (enabled != null) {
      proof.put(StartValidityDelegate.ACTUAL_ENABLING_TIME, enabled);
    }
    return proof;
  }

  private static Map<String, Object> without(Map<String, Object> proof, String field) {
    proof.remove(field);
    return proof;
  }

  private static Map<String, Object> with(Map<String, Object> proof, String field, Object value) {
    proof.put(field, value);
    return proof;
  }

  private ProcessInstance instance(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult();
  }
}
