package com.deliverysupervision.delivery;

import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.CONFIRM;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.DEVELOPMENT_RESULT;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.END_DELIVERY_COMPLETED;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.FUNCTIONAL_DESIGN;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.FUNCTIONAL_DESIGN_FILE;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.LAST_SEND_BACK_REASON;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.PROCESS_KEY;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.SEND_BACK;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.SEND_BACK_REASON;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.STEP_DECISION;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_CONFIRM_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_CONFIRM_FUNCTIONAL_DESIGN;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_CONFIRM_UED;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_DEVELOPMENT_AND_TESTING;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_FUNCTIONAL_DESIGN;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_INSPECTION_AND_ACCEPTANCE;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.TASK_UED;
import static com.deliverysupervision.delivery.AlibabaStepByStepDelivery.UED_DESIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestOrders;
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

@DeliveryApplicationTest
class AlibabaStepByStepDeliveryTest {
  private static final Instant PLACED = Instant.parse("2026-06-01T09:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;

  Order order;
  ProcessInstance instance;

  @BeforeEach
  void demandSubmitted() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(PLACED));
    order = orders.place(PROCESS_KEY);
    instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult();
    taskService.complete(task(instance).getId(), TestOrders.demand());
  }

  @Test
  @DisplayName(
      "ALI-5 functional design, its confirmation, UED, its confirmation, development and testing, inspection and acceptance, the delivery's confirmation: COMPLETED")
  void everyStepInTurn() {
    seller(TASK_FUNCTIONAL_DESIGN, Map.of(FUNCTIONAL_DESIGN, "Three pages and a shop."));
    customer(TASK_CONFIRM_FUNCTIONAL_DESIGN, CONFIRM);
    seller(TASK_UED, Map.of(UED_DESIGN, "Wireframes for the three pages."));
    customer(TASK_CONFIRM_UED, CONFIRM);
    seller(TASK_DEVELOPMENT_AND_TESTING, Map.of(DEVELOPMENT_RESULT, "Site on staging."));
    customer(TASK_INSPECTION_AND_ACCEPTANCE, CONFIRM);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    customer(TASK_CONFIRM_DELIVERY, CONFIRM);

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-5 a send-back at each of the four confirm steps returns to the right seller step, which shows the reason and what it submitted before")
  void sendBackAtEachConfirmStep() {
    seller(TASK_FUNCTIONAL_DESIGN, Map.of(FUNCTIONAL_DESIGN, "Design 1"));
    sendBack(
        TASK_CONFIRM_FUNCTIONAL_DESIGN,
        "The shop is missing.",
        TASK_FUNCTIONAL_DESIGN,
        FUNCTIONAL_DESIGN,
        "Design 1");
    seller(TASK_FUNCTIONAL_DESIGN, Map.of(FUNCTIONAL_DESIGN, "Design 2"));
    customer(TASK_CONFIRM_FUNCTIONAL_DESIGN, CONFIRM);

    assertThat(formVariables()).doesNotContainKey(LAST_SEND_BACK_REASON);
    seller(TASK_UED, Map.of(UED_DESIGN, "UED 1"));
    sendBack(TASK_CONFIRM_UED, "Too much text.", TASK_UED, UED_DESIGN, "UED 1");
    seller(TASK_UED, Map.of(UED_DESIGN, "UED 2"));
    customer(TASK_CONFIRM_UED, CONFIRM);

    seller(TASK_DEVELOPMENT_AND_TESTING, Map.of(DEVELOPMENT_RESULT, "Build 1"));
    sendBack(
        TASK_INSPECTION_AND_ACCEPTANCE,
        "The cart fails.",
        TASK_DEVELOPMENT_AND_TESTING,
        DEVELOPMENT_RESULT,
        "Build 1");
    seller(TASK_DEVELOPMENT_AND_TESTING, Map.of(DEVELOPMENT_RESULT, "Build 2"));
    customer(TASK_INSPECTION_AND_ACCEPTANCE, CONFIRM);

    sendBack(
        TASK_CONFIRM_DELIVERY,
        "Payments are off.",
        TASK_DEVELOPMENT_AND_TESTING,
        DEVELOPMENT_RESULT,
        "Build 2");
    seller(TASK_DEVELOPMENT_AND_TESTING, Map.of(DEVELOPMENT_RESULT, "Build 3"));
    customer(TASK_INSPECTION_AND_ACCEPTANCE, CONFIRM);
    customer(TASK_CONFIRM_DELIVERY, CONFIRM);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-5 the delivery is confirmed automatically after 14 days, and not one minute before")
  void automaticConfirmation() {
    seller(TASK_FUNCTIONAL_DESIGN, Map.of(FUNCTIONAL_DESIGN, "Design"));
    customer(TASK_CONFIRM_FUNCTIONAL_DESIGN, CONFIRM);
    seller(TASK_UED, Map.of(UED_DESIGN, "UED"));
    customer(TASK_CONFIRM_UED, CONFIRM);
    seller(TASK_DEVELOPMENT_AND_TESTING, Map.of(DEVELOPMENT_RESULT, "Build"));
    Instant accepted = PLACED.plus(Duration.ofDays(20));
    ClockUtil.setCurrentTime(Date.from(accepted));
    customer(TASK_INSPECTION_AND_ACCEPTANCE, CONFIRM);

    ClockUtil.setCurrentTime(Date.from(accepted.plus(Duration.ofDays(14)).minusSeconds(60)));
    assertThat(dueJobs()).isEmpty();
    ClockUtil.setCurrentTime(Date.from(accepted.plus(Duration.ofDays(14))));
    List<Job> due = dueJobs();
    assertThat(due).hasSize(1);
    managementService.executeJob(due.get(0).getId());

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-5 ALL-3 no decision, a send-back without a reason, or a decision the form does not offer, is refused and changes nothing")
  void badDecisionsAreRefused() {
    seller(TASK_FUNCTIONAL_DESIGN, Map.of(FUNCTIONAL_DESIGN, "Design"));
    String confirm = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(confirm, Map.of()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Your decision is required.");
    assertThatThrownBy(() -> taskService.complete(confirm, Map.of(STEP_DECISION, SEND_BACK)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Why you send it back is required.");
    assertThatThrownBy(() -> taskService.complete(confirm, Map.of(STEP_DECISION, "maybe")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Your decision must be one of");
    assertThat(instance).isWaitingAt(TASK_CONFIRM_FUNCTIONAL_DESIGN);
  }

  @Test
  @DisplayName(
      "ALI-5 ALL-6 a design step carries a file judged by its content: a document is kept, a renamed program refused")
  void designFiles() {
    String design = task(instance).getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    design,
                    Map.of(
                        FUNCTIONAL_DESIGN,
                        "Design",
                        FUNCTIONAL_DESIGN_FILE,
                        SampleFiles.file("design.pdf", "exe", 1_000))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("design.pdf is not an accepted file type");
    taskService.complete(
        design,
        Map.of(
            FUNCTIONAL_DESIGN,
            "Design",
            FUNCTIONAL_DESIGN_FILE,
            SampleFiles.named("design.docx", 1_000)));
    assertThat(instance).isWaitingAt(TASK_CONFIRM_FUNCTIONAL_DESIGN);
    assertThat(formVariables()).containsKey(FUNCTIONAL_DESIGN_FILE);
  }

  private void seller(String step, Map<String, Object> submission) {
    assertThat(instance).isWaitingAt(step).task().isAssignedTo(TestOrders.SELLER);
    taskService.complete(task(instance).getId(), submission);
  }

  private void customer(String step, String decision) {
    assertThat(instance).isWaitingAt(step).task().isAssignedTo(TestOrders.CUSTOMER);
    taskService.complete(task(instance).getId(), Map.of(STEP_DECISION, decision));
  }

  private void sendBack(
      String step, String reason, String backTo, String submitted, String submittedBefore) {
    assertThat(instance).isWaitingAt(step);
    taskService.complete(
        task(instance).getId(), Map.of(STEP_DECISION, SEND_BACK, SEND_BACK_REASON, reason));
    assertThat(instance).isWaitingAt(backTo);
    assertThat(formVariables())
        .containsEntry(LAST_SEND_BACK_REASON, reason)
        .containsEntry(submitted, submittedBefore);
  }

  private Map<String, Object> formVariables() {
    return formService.getTaskFormVariables(task(instance).getId());
  }

  private List<Job> dueJobs() {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list();
  }
}
