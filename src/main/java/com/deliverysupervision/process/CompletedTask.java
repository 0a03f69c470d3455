package com.deliverysupervision.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A user task being completed: its execution holds the variables as the submission left them.
 *
 * @param processKey the id of the diagram's process
 * @param formKey the id of the Camunda Form the task references, if any
 */
public record CompletedTask(
    DelegateExecution execution, String processKey, String name, Optional<String> formKey) {

  public Object variable(String name) {
    return execution.getVariable(name);
  }
}
