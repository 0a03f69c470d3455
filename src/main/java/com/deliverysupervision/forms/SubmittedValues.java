package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the user entered in a completed task's form: the values of its editable fields. */
@Component
public class SubmittedValues {
  private final DeployedForms deployedForms;

  SubmittedValues(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  public Map<String, Object> of(CompletedTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    task.formKey()
        .map(formId -> deployedForms.find(task.execution().getProcessDefinitionId(), formId))
        .ifPresent(
            schema ->
                schema
                    .fields()
                    .forEach(
                        field -> {
                          Object value = task.variable(field.key());
                          if (value != null) {
                            values.put(field.key(), value);
                          }
                        }));
    return values;
  }
}
