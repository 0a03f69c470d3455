package com.deliverysupervision.appeal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * "End the service flow" (SAAS-10): the order was completed or closed on the appeal, so its frozen
 * flow ends where it stood, never resumed; its history keeps the reason.
 */
@Component
class EndServiceFlowDelegate implements JavaDelegate {
  private final RuntimeService runtimeService;

  EndServiceFlowDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    String reason =
        "Operations decided appeal "
            + execution.getProcessInstanceId()
            + ": "
            + execution.getVariable(DeliveryAppeal.APPEAL_DECISION);
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              runtimeService.deleteProcessInstance(flow, reason);
              return null;
            });
  }
}
