package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * What the user entered in a completed task's form: the values of its editable fields, files by
 * name, type and size.
 */
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
                          if (value instanceof FileValue file) {
                            if (!FileRule.isEmpty(file)) {
                              values.put(field.key(), describe(file));
                            }
                          } else if (value != null) {
                            values.put(field.key(), value);
                          }
                        }));
    return values;
  }

  /** A file is recorded by what identifies it; its content stays in the process variable. */
  private static Map<String, Object> describe(FileValue file) {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("filename", file.getFilename());
    description.put("mimeType", file.getMimeType());
    description.put("bytes", FileRule.sizeOf(file));
    return description;
  }
}
