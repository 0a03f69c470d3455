package com.deliverysupervision.operations;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.deliverysupervision.appeal.DeliveryAppeal;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * After a diagram changed, an administrator moves the instances still running on its earlier
 * versions to the latest one: here the double check delivery from before its "Delivery" subprocess
 * and the appeal from before it handed a confirmation to it.
 */
@DeliveryApplicationTest
class RunningInstancesUpgradeTest {
  private static final Instant DELIVERED = Instant.parse("2026-06-01T09:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;

  @BeforeEach
  void engineAssertions() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(Date.from(DELIVERED));
  }

  @Test
  @DisplayName(
      "ALI-1 ALI-3 a double check delivery and its dispute started on the diagrams' earlier versions, moved to the latest by an administrator: the confirmation on the dispute starts the warranty, the confirmation's timer keeps its due date, a delivery at its first step goes on")
  void earlierDoubleCheckDeliveriesMoveToTheLatestVersion() throws Exception {
    Order disputed;
    Order waitingForDemand;
    String disputeId;
    deploy("earlier/alibaba-double-check-delivery.bpmn", "earlier/delivery-appeal.bpmn");
    try {
      disputed = orders.placeWithWarranty(AlibabaDoubleCheckDelivery.PROCESS_KEY, "P90D");
      ProcessInstance flow = instance(disputed.processInstanceId());
      taskService.complete(task(flow).getId(), TestOrders.demand());
      taskService.complete(task(flow).getId());
      assertThat(flow).isWaitingAt(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);
      disputeId = dispute(disputed);
      waitingForDemand = orders.placeWithWarranty(AlibabaDoubleCheckDelivery.PROCESS_KEY, "P90D");
    } finally {
      deploy("bpmn/alibaba-double-check-delivery.bpmn", "bpmn/delivery-appeal.bpmn");
    }
    assertThat(resourceOf(disputed.processInstanceId()))
        .isEqualTo("earlier/alibaba-double-check-delivery.bpmn");
    Date confirmationDue = timerOf(disputed).getDuedate();

    JsonNode check = upgrade(MARKETPLACE, AlibabaDoubleCheckDelivery.PROCESS_KEY, true);
    assertThat(check.path("done").asBoolean()).isFalse();
    assertThat(check.path("from").findValuesAsText("instances")).contains("2");
    assertThat(resourceOf(disputed.processInstanceId()))
        .as("a check changes nothing")
        .isEqualTo("earlier/alibaba-double-check-delivery.bpmn");

    assertThat(
            upgrade(MARKETPLACE, AlibabaDoubleCheckDelivery.PROCESS_KEY, false)
                .path("done")
                .asBoolean())
        .isTrue();
    assertThat(upgrade(MARKETPLACE, DeliveryAppeal.PROCESS_KEY, false).path("done").asBoolean())
        .isTrue();
    assertThat(resourceOf(disputed.processInstanceId()))
        .isEqualTo("bpmn/alibaba-double-check-delivery.bpmn");
    assertThat(resourceOf(disputeId)).isEqualTo("bpmn/delivery-appeal.bpmn");
    assertThat(instance(disputed.processInstanceId()).isSuspended())
        .as("still frozen by the dispute")
        .isTrue();
    assertThat(timerOf(disputed).getDuedate()).isEqualTo(confirmationDue);

    decideComplete(disputeId);
    assertThat(instance(disputed.processInstanceId()))
        .isWaitingAt(AlibabaDoubleCheckDelivery.TASK_CONFIRM_WARRANTY);
    assertThat(orders.find(disputed.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);

    ProcessInstance first = instance(waitingForDemand.processInstanceId());
    taskService.complete(task(first).getId(), TestOrders.demand());
    assertThat(first).isWaitingAt(AlibabaBasicDelivery.TASK_PROJECT_DELIVERY);
  }

  @Test
  @DisplayName(
      "ALL-3 instances that cannot move to the latest version are refused with 400 naming the step, logged at INFO, and none moves; only administrators move instances (403), of a process that exists (404)")
  @ExtendWith(OutputCaptureExtension.class)
  void refusedUpgradesChangeNothing(CapturedOutput log) throws Exception {
    String key = "upgrade-probe-" + TestUsers.newUserId("p");
    deployProbe(key, "Task_Before");
    String running = runtimeService.startProcessInstanceByKey(key).getId();
    deployProbe(key, "Task_After");

    ResponseEntity<String> refused = post(MARKETPLACE, key, false);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Task_Before").contains("none moved");
    assertThat(log.getOut())
        .as("the caller's doing, not the server's")
        .contains("Upgrade refused")
        .doesNotContain("ENGINE-16004");
    assertThat(
            repositoryService
                .getProcessDefinition(instance(running).getProcessDefinitionId())
                .getVersion())
        .isEqualTo(1);

    assertThat(post(SELLER, AlibabaDoubleCheckDelivery.PROCESS_KEY, true).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(MARKETPLACE, "no-such-process", true).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName(
      "ALL-1 steps wrapped into a new subprocess move there: a multi-instance step with its instances, and a subprocess with the step it waits at")
  void wrappedStepsMove() throws Exception {
    String key = "upgrade-wrap-" + TestUsers.newUserId("p");
    deploy(
        key,
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .parallelGateway("Gateway_Split")
            .userTask("Task_Approve")
            .multiInstance()
            .parallel()
            .cardinality("2")
            .multiInstanceDone()
            .endEvent()
            .moveToNode("Gateway_Split")
            .subProcess("SubProcess_Inner")
            .embeddedSubProcess()
            .startEvent()
            .userTask("Task_Inner")
            .endEvent()
            .subProcessDone()
            .endEvent()
            .done());
    String running = runtimeService.startProcessInstanceByKey(key).getId();
    deploy(
        key,
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .parallelGateway("Gateway_Split")
            .subProcess("SubProcess_Approval")
            .embeddedSubProcess()
            .startEvent()
            .userTask("Task_Approve")
            .multiInstance()
            .parallel()
            .cardinality("2")
            .multiInstanceDone()
            .endEvent()
            .subProcessDone()
            .endEvent()
            .moveToNode("Gateway_Split")
            .subProcess("SubProcess_Outer")
            .embeddedSubProcess()
            .startEvent()
            .subProcess("SubProcess_Inner")
            .embeddedSubProcess()
            .startEvent()
            .userTask("Task_Inner")
            .endEvent()
            .subProcessDone()
            .endEvent()
            .subProcessDone()
            .endEvent()
            .done());

    assertThat(upgrade(MARKETPLACE, key, false).path("done").asBoolean()).isTrue();
    assertThat(
            repositoryService
                .getProcessDefinition(instance(running).getProcessDefinitionId())
                .getVersion())
        .isEqualTo(2);
    assertThat(runtimeService.getActiveActivityIds(running))
        .containsExactlyInAnyOrder("Task_Approve", "Task_Approve", "Task_Inner");
  }

  /** A process of one user task, as the latest version of {@code key}. */
  private void deployProbe(String key, String taskId) {
    deploy(
        key,
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask(taskId)
            .endEvent()
            .done());
  }

  private void deploy(String key, BpmnModelInstance model) {
    repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
  }

  /** The diagrams, with the forms of the application's deployment, as the latest versions. */
  private void deploy(String... diagrams) {
    String current =
        repositoryService
            .createDeploymentQuery()
            .deploymentName("delivery-supervision")
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0)
            .getId();
    DeploymentBuilder deployment =
        repositoryService
            .createDeployment()
            .name("upgrade test")
            .addDeploymentResourcesByName(
                current,
                repositoryService.getDeploymentResourceNames(current).stream()
                    .filter(name -> name.startsWith("forms/"))
                    .toList());
    for (String diagram : diagrams) {
      deployment.addClasspathResource(diagram);
    }
    deployment.deploy();
  }

  private String dispute(Order of) throws Exception {
    ResponseEntity<String> response =
        api.post(
            CUSTOMER,
            "/api/orders/" + of.orderId() + "/appeals",
            "{\"reason\": \"We disagree on what was delivered.\"}");
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return mapper.readTree(response.getBody()).path("appealId").asText();
  }

  /** As the administrator in Tasklist; the resumption's own steps run as the job executor would. */
  private void decideComplete(String disputeId) {
    users.actAs(MARKETPLACE);
    try {
      taskService.complete(
          taskService
              .createTaskQuery()
              .processInstanceId(disputeId)
              .taskDefinitionKey(DeliveryAppeal.TASK_DECIDE_APPEAL)
              .singleResult()
              .getId(),
          Map.of(
              DeliveryAppeal.APPEAL_DECISION,
              "complete",
              DeliveryAppeal.DECISION_REASON,
              "Delivered as ordered."));
    } finally {
      users.logOut();
    }
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(disputeId).list())
        .isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private JsonNode upgrade(String user, String processKey, boolean check) throws Exception {
    ResponseEntity<String> response = post(user, processKey, check);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }

  private ResponseEntity<String> post(String user, String processKey, boolean check) {
    return api.post(user, "/api/processes/" + processKey + "/upgrade?check=" + check, "{}");
  }

  private Job timerOf(Order of) {
    return managementService
        .createJobQuery()
        .processInstanceId(of.processInstanceId())
        .timers()
        .singleResult();
  }

  private String resourceOf(String instanceId) {
    return repositoryService
        .getProcessDefinition(instance(instanceId).getProcessDefinitionId())
        .getResourceName();
  }

  private ProcessInstance instance(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
