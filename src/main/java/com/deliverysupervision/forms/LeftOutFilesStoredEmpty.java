package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A file field of a task's form that the completion left out is stored as an empty file, as
 * Tasklist stores a file field left empty. A later form that offers the file for download ({@code
 * cam-file-download}) does not load when the variable is missing altogether: Camunda's form SDK
 * reads the file name of a variable it did not find, and the form stays "Loading..." (seen with a
 * demand submitted through the REST API without attachments, on the seller's next form). An empty
 * file is no file to the form checks and the records ({@link FileRule#isEmpty}).
 */
@Component
// After the checks: a refused completion stores nothing.
@Order(3)
class LeftOutFilesStoredEmpty implements UserTaskCompletionHook {
  private final DeployedForms deployedForms;

  LeftOutFilesStoredEmpty(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    DelegateExecution execution = task.execution();
    deployedForms
        .of(task)
        .ifPresent(
            form ->
                form.fields().stream()
                    .filter(field -> field.file() != null)
                    .filter(field -> !execution.hasVariable(field.key()))
                    .forEach(
                        field ->
                            execution.setVariable(
                                field.key(), new FileValueImpl(ValueType.FILE, null))));
  }
}
