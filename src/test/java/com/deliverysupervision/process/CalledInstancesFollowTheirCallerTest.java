package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.support.DeliveryApplicationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ALL-3: what is done to a caller reaches the instances it called; they end with it. */
@DeliveryApplicationTest
class CalledInstancesFollowTheirCallerTest {
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Test
  @DisplayName(
      "ALL-3 one of the instances a multi-instance call activity called is not deleted alone, but goes with a deployment deleted with its instances, and with a whole diagram suspended and activated with its instances")
  void calledInstancesGoWithTheirCaller() {
    String key = "test-caller-" + UUID.randomUUID();
    String calledKey = key + "-called";
    String deployment =
        repositoryService
            .createDeployment()
            .addModelInstance(
                calledKey + ".bpmn",
                Bpmn.createExecutableProcess(calledKey)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Answer")
                    .endEvent()
                    .done())
            .addModelInstance(
                key + ".bpmn",
                Bpmn.createExecutableProcess(key)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .callActivity("CallActivity_Ask")
                    .calledElement(calledKey)
                    .multiInstance()
                    .parallel()
                    .cardinality("2")
                    .multiInstanceDone()
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    String caller = runtimeService.startProcessInstanceByKey(key).getId();
    List<ProcessInstance> called =
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller).list();
    assertThat(called).hasSize(2);

    assertThatThrownBy(
            () -> runtimeService.deleteProcessInstance(called.get(0).getId(), "Deleted alone"))
        .hasMessageContaining("is not deleted alone: delete process instance " + caller);

    runtimeService.updateProcessInstanceSuspensionState().byProcessDefinitionKey(key).suspend();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(caller)
                .suspended()
                .count())
        .isEqualTo(2);
    runtimeService.updateProcessInstanceSuspensionState().byProcessDefinitionKey(key).activate();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(caller)
                .active()
                .count())
        .isEqualTo(2);

    repositoryService.deleteDeployment(deployment, true);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(calledKey).count())
        .isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caller).count())
        .isZero();
  }
}
