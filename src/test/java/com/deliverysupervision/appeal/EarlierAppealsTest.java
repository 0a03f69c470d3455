package com.deliverysupervision.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An appeal filed before the appeal process was generalized runs on to its decision on its own
 * definition, {@code koogallery-appeal} as the earlier version deployed it.
 */
@DeliveryApplicationTest
class EarlierAppealsTest {
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;

  @Test
  @DisplayName(
      "SAAS-8 SAAS-10 an appeal of the earlier key, filed as the earlier version filed it, freezes the flow and resumes it on the operations manager's decision")
  void earlierAppealIsDecided() {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(DeliveryAppeal.EARLIER_PROCESS_KEY)
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .name("earlier appeal")
          .addClasspathResource("earlier/koogallery-appeal.bpmn")
          .addClasspathResource("forms/appeal-decision.form")
          .deploy();
    }
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    String appeal =
        runtimeService
            .startProcessInstanceByKey(
                DeliveryAppeal.EARLIER_PROCESS_KEY,
                order.orderId(),
                OrderVariables.of(order)
                    .putValue(DeliveryAppeal.SUPERVISION_INSTANCE_ID, order.processInstanceId())
                    .putValue(DeliveryAppeal.APPELLANT, TestOrders.CUSTOMER)
                    .putValue(DeliveryAppeal.APPEAL_REASON, "Filed before the upgrade."))
            .getId();
    assertThat(suspended(order)).isTrue();

    String decide = taskService.createTaskQuery().processInstanceId(appeal).singleResult().getId();
    taskService.complete(
        decide,
        Map.of(
            DeliveryAppeal.APPEAL_DECISION, "resume",
            DeliveryAppeal.DECISION_REASON, "Go on."));
    for (Job job : managementService.createJobQuery().processInstanceId(appeal).list()) {
      managementService.executeJob(job.getId());
    }

    assertThat(suspended(order)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(appeal).count())
        .isZero();
  }

  private boolean suspended(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .isSuspended();
  }
}
