package com.deliverysupervision.delivery;

import static com.deliverysupervision.delivery.AlibabaBasicDelivery.CONTACT_EMAIL;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.CONTACT_NAME;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.CONTACT_PHONE;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.END_DELIVERY_COMPLETED;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_PROJECT_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_SUBMIT_DEMAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class AlibabaBasicDeliveryTest {
  private static final Instant PLACED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration CONFIRMATION_PERIOD = Duration.ofDays(14);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;
  @Autowired ObjectMapper mapper;
  @Autowired OrderService orderService;
  @Autowired TestUsers users;

  private static final Pattern READ_ONLY_FIELD =
      Pattern.compile(
          "<(?:input|textarea)[^>]*cam-variable-name=\"(\\w+)\"[^>]*\\breadonly\\b[^>]*>");

  @BeforeEach
  void useThisEngine() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(PLACED));
  }

  @Test
  @DisplayName(
      "ALI-2 the customer submits the demand, the seller finishes, the customer confirms: the order is completed")
  void happyPath() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ProcessInstance instance = instanceOf(order);

    assertThat(instance).isWaitingAt(TASK_SUBMIT_DEMAND).task().isAssignedTo(TestOrders.CUSTOMER);
    taskService.complete(task(instance).getId(), TestOrders.demand());

    assertThat(instance).isWaitingAt(TASK_PROJECT_DELIVERY).task().isAssignedTo(TestOrders.SELLER);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    taskService.complete(task(instance).getId());

    assertThat(instance)
        .isWaitingAt(TASK_CONFIRM_DELIVERY)
        .task()
        .isAssignedTo(TestOrders.CUSTOMER);
    taskService.complete(task(instance).getId());

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    Order completed = orders.find(order.orderId());
    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.completedAt().toInstant()).isEqualTo(PLACED);
  }

  @Test
  @DisplayName("ALI-2 delivery is confirmed automatically after 14 days, and not one minute before")
  void automaticConfirmation() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ProcessInstance instance = instanceOf(order);
    taskService.complete(task(instance).getId(), TestOrders.demand());
    taskService.complete(task(instance).getId());
    assertThat(instance).isWaitingAt(TASK_CONFIRM_DELIVERY);

    ClockUtil.setCurrentTime(Date.from(PLACED.plus(CONFIRMATION_PERIOD).minusSeconds(60)));
    assertThat(dueJobs(instance)).isEmpty();
    assertThat(instance).isWaitingAt(TASK_CONFIRM_DELIVERY);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);

    ClockUtil.setCurrentTime(Date.from(PLACED.plus(CONFIRMATION_PERIOD)));
    List<Job> due = dueJobs(instance);
    assertThat(due).hasSize(1);
    managementService.executeJob(due.get(0).getId());

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName("ALI-2 the confirmation task is due when the automatic confirmation comes")
  void confirmationTaskIsDueWhenTheTimerFires() {
    ProcessInstance instance = instanceOf(orders.place(AlibabaBasicDelivery.PROCESS_KEY));
    taskService.complete(task(instance).getId(), TestOrders.demand());
    taskService.complete(task(instance).getId());

    Job timer =
        managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task(instance).getDueDate()).isEqualTo(timer.getDuedate());
    assertThat(timer.getDuedate().toInstant()).isEqualTo(PLACED.plus(CONFIRMATION_PERIOD));
  }

  @Test
  @DisplayName(
      "ALI-6 every step shows the customer's name, phone, e-mail, order ID, specification, delivery ID and product ID")
  void everyStepShowsTheOrderDetails() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ProcessInstance instance = instanceOf(order);
    Map<String, Object> orderDetails =
        Map.of(
            "orderId", order.orderId(),
            "specification", order.specification(),
            "deliveryId", order.deliveryId(),
            "productId", order.productId());

    Task submitDemand = task(instance);
    assertThat(readOnlyFieldsOf(submitDemand)).containsAll(orderDetails.keySet());
    assertThat((Map<String, Object>) formService.getTaskFormVariables(submitDemand.getId()))
        .containsAllEntriesOf(orderDetails);
    taskService.complete(submitDemand.getId(), TestOrders.demand());

    for (String step : List.of(TASK_PROJECT_DELIVERY, TASK_CONFIRM_DELIVERY)) {
      Task task = task(instance);
      assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
      assertThat(readOnlyFieldsOf(task))
          .containsAll(orderDetails.keySet())
          .contains(CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL);
      assertThat((Map<String, Object>) formService.getTaskFormVariables(task.getId()))
          .containsAllEntriesOf(orderDetails)
          .containsAllEntriesOf(TestOrders.demand());
      taskService.complete(task.getId());
    }
  }

  @Test
  @DisplayName(
      "ALI-2 ALL-6 the customer may attach documents to the demand, judged by their content and recorded with type, size and digest; the seller downloads them in Project delivery; a program named requirements.pdf is refused; one left out is stored empty")
  void demandWithAttachments() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ProcessInstance instance = instanceOf(order);
    Map<String, Object> withProgram = new HashMap<>(TestOrders.demand());
    withProgram.put("demandAttachment1", SampleFiles.file("requirements.pdf", "exe", 2_000));
    assertThatThrownBy(() -> taskService.complete(task(instance).getId(), withProgram))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Attachment 1: requirements.pdf is not an accepted file type");
    assertThat(instance).isWaitingAt(TASK_SUBMIT_DEMAND);

    Map<String, Object> withDocuments = new HashMap<>(TestOrders.demand());
    withDocuments.put("demandAttachment1", SampleFiles.named("requirements.pdf", 2_000));
    withDocuments.put("demandAttachment3", SampleFiles.named("sketch.png", 1_000));
    taskService.complete(task(instance).getId(), withDocuments);

    assertThat(instance).isWaitingAt(TASK_PROJECT_DELIVERY);
    Task delivery = task(instance);
    assertThat(formOf(delivery))
        .contains(
            "cam-file-download=\"demandAttachment1\"",
            "cam-file-download=\"demandAttachment2\"",
            "cam-file-download=\"demandAttachment3\"");
    FileValue attachment = taskService.getVariableTyped(delivery.getId(), "demandAttachment1");
    assertThat(attachment.getFilename()).isEqualTo("requirements.pdf");
    JsonNode recorded =
        mapper.readTree(
            orderService.records(order.orderId(), users.actAs(TestOrders.OPERATIONS)).stream()
                .filter(record -> record.action().equals("Submit demand"))
                .findFirst()
                .orElseThrow()
                .details());
    users.logOut();
    assertThat(recorded.path("demandAttachment1").path("mimeType").asText())
        .isEqualTo("application/pdf");
    assertThat(recorded.path("demandAttachment3").path("bytes").asLong()).isEqualTo(1_000);
    assertThat(recorded.path("demandAttachment3").path("sha256").asText()).hasSize(64);
    // Left out, it is stored empty, as Tasklist stores a file field left empty: a form that offers
    // it for download loads only if the variable is there.
    FileValue leftOut = taskService.getVariableTyped(delivery.getId(), "demandAttachment2");
    assertThat(leftOut.getFilename()).isNullOrEmpty();
    assertThat(recorded.has("demandAttachment2")).isFalse();
  }

  @Test
  @DisplayName(
      "ALL-3 a demand without phone, e-mail or demands is refused with the missing fields named, and nothing changes")
  void incompleteDemandIsRefused() {
    ProcessInstance instance = instanceOf(orders.place(AlibabaBasicDelivery.PROCESS_KEY));
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(CONTACT_NAME, "Chen")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Submit demand cannot be completed")
        .hasMessageContaining("Phone number is required")
        .hasMessageContaining("E-mail address is required")
        .hasMessageContaining("Demands is required");

    assertThat(instance).isWaitingAt(TASK_SUBMIT_DEMAND);
    assertThat(runtimeService.getVariable(instance.getId(), CONTACT_NAME)).isNull();
  }

  @Test
  @DisplayName("ALL-3 a demand with a malformed e-mail address or phone number is refused")
  void malformedContactIsRefused() {
    ProcessInstance instance = instanceOf(orders.place(AlibabaBasicDelivery.PROCESS_KEY));
    String taskId = task(instance).getId();
    Map<String, Object> malformed = new HashMap<>(TestOrders.demand());
    malformed.put(CONTACT_EMAIL, "chen at example");
    malformed.put(CONTACT_PHONE, "call me");

    assertThatThrownBy(() -> taskService.complete(taskId, malformed))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("E-mail address must be an e-mail address")
        .hasMessageContaining("Phone number is not in the expected format");
    assertThat(instance).isWaitingAt(TASK_SUBMIT_DEMAND);
  }

  @Test
  @DisplayName("ALL-2 completing a task cannot hand the order to another seller")
  void completionCannotChangeTheOrdersParties() {
    ProcessInstance instance = instanceOf(orders.place(AlibabaBasicDelivery.PROCESS_KEY));
    Map<String, Object> takeover = new HashMap<>(TestOrders.demand());
    takeover.put("sellerId", TestOrders.CUSTOMER);

    assertThatThrownBy(() -> taskService.complete(task(instance).getId(), takeover))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the order's sellerId cannot be changed");
    assertThat(runtimeService.getVariable(instance.getId(), "sellerId"))
        .isEqualTo(TestOrders.SELLER);
  }

  private ProcessInstance instanceOf(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult();
  }

  private List<Job> dueJobs(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .executable()
        .list();
  }

  /** The variables the task's form, a Camunda Form or an embedded one, shows read-only. */
  private List<String> readOnlyFieldsOf(Task task) throws Exception {
    String form = formOf(task);
    List<String> keys = new ArrayList<>();
    if (form.startsWith("{")) {
      collectReadOnlyKeys(mapper.readTree(form).path("components"), keys);
      return keys;
    }
    Matcher field = READ_ONLY_FIELD.matcher(form);
    while (field.find()) {
      keys.add(field.group(1));
    }
    return keys;
  }

  private static void collectReadOnlyKeys(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      collectReadOnlyKeys(component.path("components"), keys);
      if (component.path("readonly").asBoolean(false)) {
        keys.add(component.path("key").asText());
      }
    }
  }

  private String formOf(Task task) throws Exception {
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
