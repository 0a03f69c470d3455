package com.deliverysupervision.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user task being completed: its execution holds the variables as the submission left them.
 *
 * @param processKey the id of the diagram's process
 * @param formKey the form the task references, if any: a Camunda Form's id or an embedded form's
 *     resource name
 */
public record CompletedTask(
    DelegateExecution execution, String processKey, String name, Optional<String> formKey) {
  private static final Logger log = LoggerFactory.getLogger(CompletedTask.class);

  /** The variable as a typed value: a file is a {@code FileValue}, with its name and type. */
  public Object variable(String name) {
    return formValue(execution, name);
  }

  /**
   * A variable as a form's check reads it: a file as a {@code FileValue}, with its name and type;
   * anything else as its value.
   */
  public static Object formValue(VariableScope scope, String name) {
    TypedValue value = scope.getVariableTyped(name);
    return value == null || value instanceof FileValue ? value : value.getValue();
  }

  /**
   * The refusal of this submission, for a hook to throw: the caller gets 400 with the reason, the
   * log one INFO line (see {@link RefusalsAreNoErrors}).
   */
  public FormFieldValidationException refused(String field, String reason) {
    log.info("{} of order {} refused: {}", name, execution.getProcessBusinessKey(), reason);
    return new FormFieldValidationException(field, name + " cannot be completed: " + reason);
  }
}
