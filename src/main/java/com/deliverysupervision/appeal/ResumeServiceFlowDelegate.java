package com.deliverysupervision.appeal;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** "Resume the service flow" (SAAS-8, SAAS-10): the flow goes on where it stood. */
@Component
class ResumeServiceFlowDelegate implements JavaDelegate {
  private final RuntimeService runtimeService;
  private final OperationRecords records;

  ResumeServiceFlowDelegate(RuntimeService runtimeService, OperationRecords records) {
    this.runtimeService = runtimeService;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              runtimeService.activateProcessInstanceById(flow);
              return null;
            });
    records.record(
        execution.getProcessBusinessKey(),
        "Service flow resumed",
        Map.of("frozenForMinutes", execution.getVariable("frozenForMinutes")));
  }
}
