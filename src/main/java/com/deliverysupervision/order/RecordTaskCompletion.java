package com.deliverysupervision.order;

import com.deliverysupervision.forms.SubmittedValues;
import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import org.springframework.stereotype.Component;

/**
 * SAAS-9: every completed task of an order (a process that carries the order's facts: a delivery,
 * an appeal) is recorded with what its form collected. Other processes, such as a product's release
 * review, keep their own results.
 */
@Component
class RecordTaskCompletion implements UserTaskCompletionHook {
  private final OperationRecords records;
  private final SubmittedValues submittedValues;

  RecordTaskCompletion(OperationRecords records, SubmittedValues submittedValues) {
    this.records = records;
    this.submittedValues = submittedValues;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    if (task.execution().getVariable(OrderVariables.ORDER_ID) != null) {
      SubmittedValues.Submitted submitted = submittedValues.of(task);
      records.record(
          task.execution().getProcessBusinessKey(),
          task.name(),
          submitted.values(),
          submitted.labels());
    }
  }
}
