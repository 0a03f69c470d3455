package com.deliverysupervision.supervision;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Count the seller's / customer's rejection" (SAAS-5, SAAS-7): counts the rejection, hands its
 * reason to the other side, and lets the seller appeal at the configured number of rejections.
 */
@Component
class CountRejectionDelegate implements JavaDelegate {
  private final OperationRecords records;
  private final int rejectionsBeforeAppeal;

  CountRejectionDelegate(
      OperationRecords records,
      @Value("${delivery.supervision.rejections-before-appeal}") int rejectionsBeforeAppeal) {
    this.records = records;
    this.rejectionsBeforeAppeal = rejectionsBeforeAppeal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rejection rejection = Rejection.valueOf((String) execution.getVariableLocal("rejectedBy"));
    Integer before = (Integer) execution.getVariable(rejection.counter);
    int count = (before == null ? 0 : before) + 1;
    execution.setVariable(rejection.counter, count);
    rejection.handBack(execution);
    // From the configured number on, should the number be lowered while flows run.
    if (count >= rejectionsBeforeAppeal
        && !Boolean.TRUE.equals(execution.getVariable(SaasSupervision.SELLER_MAY_APPEAL))) {
      execution.setVariable(SaasSupervision.SELLER_MAY_APPEAL, true);
      records.record(
          execution.getProcessBusinessKey(),
          "The seller may appeal",
          Map.of("because", rejection.description + " " + count + " times"));
    }
  }
}
