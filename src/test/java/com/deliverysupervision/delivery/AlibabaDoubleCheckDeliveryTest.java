package com.deliverysupervision.delivery;

import static com.deliverysupervision.delivery.AlibabaBasicDelivery.CONTACT_EMAIL;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.CONTACT_NAME;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_PROJECT_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.CONFIRM;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.END_DELIVERY_COMPLETED;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.PROCESS_KEY;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.SERVICE;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.TASK_PROVIDE_WARRANTY_SERVICE;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.WARRANTY_DECISION;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.WARRANTY_SERVICE_NOTES;
import static com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery.WARRANTY_SERVICE_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.order.OperationRecord;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeliveryApplicationTest
class AlibabaDoubleCheckDeliveryTest {
  // June to August: no daylight saving change in most zones, whatever the server's.
  private static final Instant PLACED = Instant.parse("2026-06-01T09:00:00Z");
  private static final Instant CONFIRMED = PLACED.plus(Duration.ofDays(2));
  private static final Duration WARRANTY = Duration.ofDays(90);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired OrderService orderService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;

  Order order;
  ProcessInstance instance;

  @BeforeEach
  void deliveredAndConfirmed() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(PLACED));
    order = orders.placeWithWarranty(PROCESS_KEY, "P90D");
    instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult();
    taskService.complete(task(instance).getId(), TestOrders.demand());
    assertThat(instance).isWaitingAt(TASK_PROJECT_DELIVERY).task().isAssignedTo(TestOrders.SELLER);
    taskService.complete(task(instance).getId());
    assertThat(instance).isWaitingAt(TASK_CONFIRM_DELIVERY);
    ClockUtil.setCurrentTime(Date.from(CONFIRMED));
    taskService.complete(task(instance).getId());
  }

  @Test
  @DisplayName(
      "ALI-3 the customer confirms the warranty inside the period: the delivery ends, and only then is the order COMPLETED")
  void warrantyConfirmedInsideThePeriod() {
    assertThat(instance)
        .isWaitingAt(TASK_CONFIRM_WARRANTY)
        .task()
        .isAssignedTo(TestOrders.CUSTOMER);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);

    Instant confirmedWarranty = CONFIRMED.plus(Duration.ofDays(30));
    ClockUtil.setCurrentTime(Date.from(confirmedWarranty));
    taskService.complete(task(instance).getId(), Map.of(WARRANTY_DECISION, CONFIRM));

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    Order completed = orders.find(order.orderId());
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.completedAt().toInstant()).isEqualTo(confirmedWarranty);
    assertThat(actions()).contains("Confirm warranty").doesNotContain(PERIOD_OVER);
  }

  @Test
  @DisplayName(
      "ALI-3 a warranty of a month confirmed on March 1 at 01:00 in the marketplace's zone (February 28 in UTC) ends on April 1 at 01:00 there, whatever the server's zone")
  void monthlyWarrantyEndsInTheMarketplaceZone() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-25T09:00:00Z")));
    Order monthly = orders.placeWithWarranty(PROCESS_KEY, "P1M");
    ProcessInstance flow =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(monthly.processInstanceId())
            .singleResult();
    taskService.complete(task(flow).getId(), TestOrders.demand());
    taskService.complete(task(flow).getId());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-28T17:00:00Z")));
    taskService.complete(task(flow).getId());

    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(flow.getId())
                .timers()
                .singleResult()
                .getDuedate()
                .toInstant())
        .isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
  }

  @Test
  @DisplayName(
      "ALI-3 without the customer's confirmation the delivery ends one minute after the warranty period, not one minute before, and the records say so")
  void warrantyPeriodEndsTheDelivery() {
    ClockUtil.setCurrentTime(Date.from(CONFIRMED.plus(WARRANTY).minusSeconds(60)));
    assertThat(dueJobs()).isEmpty();
    assertThat(instance).isWaitingAt(TASK_CONFIRM_WARRANTY);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);

    ClockUtil.setCurrentTime(Date.from(CONFIRMED.plus(WARRANTY).plusSeconds(60)));
    List<Job> due = dueJobs();
    assertThat(due).hasSize(1);
    managementService.executeJob(due.get(0).getId());

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(actions()).contains(PERIOD_OVER).doesNotContain("Confirm warranty");
  }

  @Test
  @DisplayName(
      "ALI-3 ALI-6 the customer asks for warranty service twice, the seller provides it each time and sees the request, then the customer confirms")
  void warrantyServiceTwiceThenConfirmed() {
    for (String request : List.of("The login page fails.", "Reports are empty.")) {
      assertThat(instance).isWaitingAt(TASK_CONFIRM_WARRANTY);
      assertThat(runtimeService.getVariable(instance.getId(), WARRANTY_DECISION)).isNull();
      taskService.complete(
          task(instance).getId(),
          Map.of(WARRANTY_DECISION, SERVICE, WARRANTY_SERVICE_REQUEST, request));

      assertThat(instance)
          .isWaitingAt(TASK_PROVIDE_WARRANTY_SERVICE)
          .task()
          .isAssignedTo(TestOrders.SELLER);
      assertThat(formService.getTaskFormVariables(task(instance).getId()))
          .containsEntry(WARRANTY_SERVICE_REQUEST, request)
          .containsEntry(OrderVariables.ORDER_ID, order.orderId())
          .containsEntry(CONTACT_NAME, TestOrders.demand().get(CONTACT_NAME))
          .containsEntry(CONTACT_EMAIL, TestOrders.demand().get(CONTACT_EMAIL));
      taskService.complete(
          task(instance).getId(), Map.of(WARRANTY_SERVICE_NOTES, "Fixed: " + request));
    }
    assertThat(instance).isWaitingAt(TASK_CONFIRM_WARRANTY);
    assertThat(formService.getTaskFormVariables(task(instance).getId()))
        .containsEntry(WARRANTY_SERVICE_NOTES, "Fixed: Reports are empty.");
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    taskService.complete(task(instance).getId(), Map.of(WARRANTY_DECISION, CONFIRM));

    assertThat(instance).isEnded();
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(actions().stream().filter("Provide warranty service"::equals)).hasSize(2);
  }

  @Test
  @DisplayName(
      "ALI-3 ALL-3 a confirmation without a decision, or a request for warranty service without a description, is refused, and nothing changes")
  void serviceRequestNeedsADescription() {
    String confirmWarranty = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(confirmWarranty, Map.of()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Your decision is required.");
    assertThatThrownBy(
            () -> taskService.complete(confirmWarranty, Map.of(WARRANTY_DECISION, SERVICE)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("What needs warranty service is required.");
    assertThat(instance).isWaitingAt(TASK_CONFIRM_WARRANTY);
    assertThat(runtimeService.getVariable(instance.getId(), WARRANTY_DECISION)).isNull();
  }

  @Test
  @DisplayName(
      "ALI-3 ALL-3 while the seller provides warranty service, an administrator cannot empty what the customer asked for by hand (400, as the customer's own confirmation would be refused); a correction of it passes")
  void serviceRequestStaysRequired() {
    taskService.complete(
        task(instance).getId(),
        Map.of(WARRANTY_DECISION, SERVICE, WARRANTY_SERVICE_REQUEST, "The login page fails."));
    String variables = "/engine-rest/process-instance/" + instance.getId() + "/variables";

    for (ResponseEntity<String> emptied :
        List.of(
            api.put(
                TestOrders.MARKETPLACE,
                variables + "/" + WARRANTY_SERVICE_REQUEST,
                "{\"value\": \" \", \"type\": \"String\"}"),
            api.delete(TestOrders.MARKETPLACE, variables + "/" + WARRANTY_SERVICE_REQUEST))) {
      assertThat(emptied.getStatusCode()).as(emptied.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(emptied.getBody()).contains("What needs warranty service is required.");
    }
    ResponseEntity<String> corrected =
        api.put(
            TestOrders.MARKETPLACE,
            variables + "/" + WARRANTY_SERVICE_REQUEST,
            "{\"value\": \"The login page fails on Fridays.\", \"type\": \"String\"}");
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.getVariable(instance.getId(), WARRANTY_SERVICE_REQUEST))
        .isEqualTo("The login page fails on Fridays.");
  }

  @Test
  @DisplayName("ALI-3 ALL-2 a task's completion cannot change the warranty period")
  void warrantyPeriodCannotBeChanged() {
    assertThatThrownBy(
            () ->
                taskService.complete(
                    task(instance).getId(),
                    Map.of(WARRANTY_DECISION, CONFIRM, OrderVariables.WARRANTY_PERIOD, "P9999D")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the order's warrantyPeriod cannot be changed");
    assertThat(instance).isWaitingAt(TASK_CONFIRM_WARRANTY);
  }

  @Test
  @DisplayName(
      "ALI-3 ALL-3 an order of the double check template without a warranty period, with none longer than zero, or with one its warranty timer cannot read, is refused at placement")
  void placementNeedsAWarrantyPeriod() {
    for (String warranty :
        List.of(
            "",
            ", \"warrantyPeriod\": \"P0D\"",
            ", \"warrantyPeriod\": \"-P5D\"",
            ", \"warrantyPeriod\": \"90 days\"",
            // Weeks with other units: Camunda's warranty timer could not read it.
            ", \"warrantyPeriod\": \"P1M2W\"",
            // Longer than the order's column.
            ", \"warrantyPeriod\": \"P999Y9999M9999W99999D\"")) {
      String orderId = TestOrders.newOrderId();
      ResponseEntity<String> answer =
          api.post(
              TestOrders.MARKETPLACE,
              "/api/orders",
              "{\"orderId\": \""
                  + orderId
                  + "\", \"productId\": \"cmjj00123456\", \"specification\": \"Standard\","
                  + " \"sellerId\": \"seller1\", \"customerId\": \"customer1\", \"amount\": 100,"
                  + " \"currency\": \"USD\", \"deliveryTemplate\": \""
                  + PROCESS_KEY
                  + "\""
                  + warranty
                  + "}");
      assertThat(answer.getStatusCode()).as(warranty).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(warranty).contains("warrantyPeriod");
      assertThat(api.get(TestOrders.MARKETPLACE, "/api/orders/" + orderId).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  private static final String PERIOD_OVER = "Warranty period over without confirmation";

  private List<String> actions() {
    List<OperationRecord> records =
        orderService.records(order.orderId(), users.actAs(TestOrders.OPERATIONS));
    users.logOut();
    return records.stream().map(OperationRecord::action).toList();
  }

  private List<Job> dueJobs() {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list();
  }
}
