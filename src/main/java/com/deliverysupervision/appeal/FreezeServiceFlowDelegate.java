package com.deliverysupervision.appeal;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Freeze the service flow" (SAAS-8): suspending the order's instance suspends its tasks, which no
 * party can then complete, and its jobs, which no job executor then acquires.
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
    String flow = (String) execution.getVariable(KooGalleryAppeal.SUPERVISION_INSTANCE_ID);
    runtimeService.suspendProcessInstanceById(flow);
    execution.setVariable(KooGalleryAppeal.FROZEN_AT, ClockUtil.getCurrentTime());
    records.record(
        execution.getProcessBusinessKey(),
        "Appeal filed; the service flow is frozen",
        Map.of(
            "appellant", execution.getVariable(KooGalleryAppeal.APPELLANT),
            "reason", execution.getVariable(KooGalleryAppeal.APPEAL_REASON)));
  }
}
