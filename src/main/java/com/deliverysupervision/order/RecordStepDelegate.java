package com.deliverysupervision.order;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A diagram's "Record: ..." step (SAAS-9): writes what happened to the order's records, in the
 * words of the step's input parameter {@code recordAction}, so that the records tell which way a
 * delivery went where no user acted (a period that ended, an automatic decision).
 */
@Component
public class RecordStepDelegate implements JavaDelegate {
  static final String ACTION = "recordAction";

  private final OperationRecords records;

  RecordStepDelegate(OperationRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.record(
        execution.getProcessBusinessKey(), (String) execution.getVariableLocal(ACTION), Map.of());
  }
}
