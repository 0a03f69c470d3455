package com.deliverysupervision.appeal;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.context.ProcessEngineContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * "Resume the service flow" (SAAS-8, SAAS-10): the flow goes on where it stood. The minutes this
 * step's job waited after the decision moved the timers were frozen minutes too (hours, if the job
 * failed and was retried): the timers move by them first, in the same transaction, then the flow is
 * activated.
 */
@Component
class ResumeServiceFlowDelegate implements JavaDelegate {
  private final RuntimeService runtimeService;
  private final OperationRecords records;
  private final FrozenTime frozenTime;

  ResumeServiceFlowDelegate(
      RuntimeService runtimeService, OperationRecords records, FrozenTime frozenTime) {
    this.runtimeService = runtimeService;
    this.records = records;
    this.frozenTime = frozenTime;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    long waited = frozenTime.sinceTheDecision(execution);
    if (waited > 0) {
      // Camunda writes the activation's job rows before a moved timer's, whose revision then no
      // longer matches: the move is written first, by a command context of its own, in the same
      // transaction.
      ProcessEngineContext.withNewProcessEngineContext(
          () ->
              Context.getProcessEngineConfiguration()
                  .getCommandExecutorTxRequired()
                  .execute(
                      moving -> {
                        frozenTime.moveTimers(flow, waited);
                        return null;
                      }));
      frozenTime.noteMoved(execution, waited);
    }
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
