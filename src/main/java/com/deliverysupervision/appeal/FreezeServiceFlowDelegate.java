package com.deliverysupervision.appeal;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Freeze the delivery" (SAAS-8, ALI-1): suspending the order's instance suspends its tasks, which
 * no party can then complete, and its jobs, which no job executor then acquires.
 */
@Component
class FreezeServiceFlowDelegate implements JavaDelegate {
  private final RuntimeService runtimeService;
  private final OperationRecords records;

  FreezeServiceFlowDelegate(RuntimeService runtimeService, OperationRecords records) {
    this.runtimeService = runtimeService;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    // The appellant may not suspend an instance: the check before this step allowed the appeal.
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              runtimeService.suspendProcessInstanceById(flow);
              return null;
            });
    execution.setVariable(DeliveryAppeal.FROZEN_AT, ClockUtil.getCurrentTime());
    records.record(
        execution.getProcessBusinessKey(),
        "Appeal filed; the delivery is frozen",
        Map.of(
            "appellant", execution.getVariable(DeliveryAppeal.APPELLANT),
            "reason", execution.getVariable(DeliveryAppeal.APPEAL_REASON)));
  }
}
