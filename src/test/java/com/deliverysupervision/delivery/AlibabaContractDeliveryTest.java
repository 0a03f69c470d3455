package com.deliverysupervision.delivery;

import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_PROJECT_DELIVERY;
import static com.deliverysupervision.delivery.AlibabaBasicDelivery.TASK_SUBMIT_DEMAND;
import static com.deliverysupervision.delivery.AlibabaContractDelivery.CONTRACT;
import static com.deliverysupervision.delivery.AlibabaContractDelivery.END_DELIVERY_COMPLETED;
import static com.deliverysupervision.delivery.AlibabaContractDelivery.MAX_CONTRACT_BYTES;
import static com.deliverysupervision.delivery.AlibabaContractDelivery.PROCESS_KEY;
import static com.deliverysupervision.delivery.AlibabaContractDelivery.TASK_UPLOAD_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.order.OperationRecord;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeliveryApplicationTest
class AlibabaContractDeliveryTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OrderService orderService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;

  @BeforeEach
  void useThisEngine() {
    AbstractAssertions.init(engine);
  }

  @Test
  @DisplayName(
      "ALI-4 the seller uploads the signed contract before delivering, the customer confirms; the records keep the contract's name, detected type, size and SHA-256")
  void contractBeforeDelivery() throws Exception {
    Order order = orders.place(PROCESS_KEY);
    ProcessInstance instance = instanceOf(order);
    assertThat(instance).isWaitingAt(TASK_SUBMIT_DEMAND);
    taskService.complete(task(instance).getId(), TestOrders.demand());

    assertThat(instance).isWaitingAt(TASK_UPLOAD_CONTRACT).task().isAssignedTo(TestOrders.SELLER);
    FileValue contract = SampleFiles.named("signed-contract.pdf", 40_000);
    taskService.complete(task(instance).getId(), Map.of(CONTRACT, contract));

    assertThat(instance).isWaitingAt(TASK_PROJECT_DELIVERY);
    taskService.complete(task(instance).getId());
    assertThat(instance)
        .isWaitingAt(TASK_CONFIRM_DELIVERY)
        .task()
        .isAssignedTo(TestOrders.CUSTOMER);
    taskService.complete(task(instance).getId());

    assertThat(instance).isEnded().hasPassed(END_DELIVERY_COMPLETED);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    JsonNode kept = mapper.readTree(recordOf(order, "Upload the signed contract")).path(CONTRACT);
    assertThat(kept.path("filename").asText()).isEqualTo("signed-contract.pdf");
    assertThat(kept.path("mimeType").asText()).isEqualTo("application/pdf");
    assertThat(kept.path("bytes").asLong()).isEqualTo(40_000);
    assertThat(kept.path("sha256").asText())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(contract.getValue().readAllBytes())));
  }

  @Test
  @DisplayName(
      "ALI-4 ALL-6 a signed contract of each accepted type (DOC, DOCX, XLSX, PPT, PPTX, PDF, PNG, ZIP, 7z) is accepted by its content")
  void everyAcceptedType() {
    for (String type : List.of("doc", "docx", "xlsx", "ppt", "pptx", "pdf", "png", "zip", "7z")) {
      ProcessInstance instance = atUploadContract();
      taskService.complete(
          task(instance).getId(), Map.of(CONTRACT, SampleFiles.named("contract." + type, 2_000)));
      assertThat(instance).as(type).isWaitingAt(TASK_PROJECT_DELIVERY);
    }
  }

  @Test
  @DisplayName(
      "ALI-4 ALL-6 a program renamed contract.pdf, a text file, bytes or text that are no file and a contract of 5 MB and one byte are refused; one of exactly 5 MB is accepted")
  void refusedContracts() {
    ProcessInstance instance = atUploadContract();
    String upload = task(instance).getId();
    assertThatThrownBy(
            () ->
                taskService.complete(
                    upload, Map.of(CONTRACT, SampleFiles.file("contract.pdf", "exe", 2_000))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(
            "Signed contract: contract.pdf is not an accepted file type: its content is"
                + " application/x-msdownload; accepted are doc, docx, xlsx, ppt, pptx, pdf, png, zip, 7z.");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    upload, Map.of(CONTRACT, SampleFiles.named("contract.txt", 200))))
        .hasMessageContaining("its content is text/plain");
    assertThatThrownBy(
            () ->
                taskService.complete(
                    upload,
                    Map.of(CONTRACT, SampleFiles.named("contract.pdf", MAX_CONTRACT_BYTES + 1))))
        .hasMessageContaining("has 5242881 bytes; at most 5242880 are accepted");
    assertThatThrownBy(() -> taskService.complete(upload, Map.of()))
        .hasMessageContaining("Signed contract is required");
    for (Object notAFile : List.of(new byte[] {0x4d, 0x5a, (byte) 0x90, 0}, "x")) {
      assertThatThrownBy(() -> taskService.complete(upload, Map.of(CONTRACT, notAFile)))
          .as("bytes or text under the file's name skip no check")
          .hasMessageContaining("Signed contract must be a file");
    }
    assertThat(instance).isWaitingAt(TASK_UPLOAD_CONTRACT);
    assertThat(runtimeService.getVariable(instance.getId(), CONTRACT)).isNull();

    taskService.complete(
        upload, Map.of(CONTRACT, SampleFiles.named("contract.pdf", MAX_CONTRACT_BYTES)));
    assertThat(instance).isWaitingAt(TASK_PROJECT_DELIVERY);
  }

  @Test
  @DisplayName(
      "ALI-4 ALL-2 the customer downloads the signed contract in its confirmation task; another seller cannot")
  void customerReadsTheContract() {
    ProcessInstance instance = atUploadContract();
    FileValue contract = SampleFiles.named("contract.docx", 3_000);
    taskService.complete(task(instance).getId(), Map.of(CONTRACT, contract));
    taskService.complete(task(instance).getId());
    String confirm = task(instance).getId();

    ResponseEntity<byte[]> download =
        api.getBytes(
            TestOrders.CUSTOMER, "/engine-rest/task/" + confirm + "/variables/contract/data");
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).hasSize(3_000);
    for (String path :
        List.of(
            "/engine-rest/task/" + confirm + "/variables/contract/data",
            "/engine-rest/process-instance/" + instance.getId() + "/variables/contract/data")) {
      assertThat(api.getBytes(TestOrders.OTHER_SELLER, path).getStatusCode())
          .as(path)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
  }

  private ProcessInstance atUploadContract() {
    ProcessInstance instance = instanceOf(orders.place(PROCESS_KEY));
    taskService.complete(task(instance).getId(), TestOrders.demand());
    return instance;
  }

  private String recordOf(Order order, String action) {
    List<OperationRecord> records =
        orderService.records(order.orderId(), users.actAs(TestOrders.OPERATIONS));
    users.logOut();
    return records.stream()
        .filter(record -> record.action().equals(action))
        .findFirst()
        .orElseThrow()
        .details();
  }

  private ProcessInstance instanceOf(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult();
  }
}
