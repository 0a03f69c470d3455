package com.deliverysupervision.order;

import com.deliverysupervision.forms.SubmittedValues;
import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import org.springframework.stereotype.Component;

/** SAAS-9: every completed task of an order is recorded with what its form collected. */
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
    records.record(task.execution().getProcessBusinessKey(), task.name(), submittedValues.of(task));
  }
}
