package com.deliverysupervision.supervision;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Let the seller appeal": the customer left a step untouched too long (SAAS-6), and the seller may
 * appeal until the customer completes it.
 */
@Component
class AllowSellerAppealDelegate implements JavaDelegate {
  private final OperationRecords records;

  AllowSellerAppealDelegate(OperationRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SaasSupervision.CUSTOMER_SILENT, true);
    records.record(
        execution.getProcessBusinessKey(),
        "The seller may appeal",
        Map.of("because", "the customer has not updated the service flow in time"));
  }
}
