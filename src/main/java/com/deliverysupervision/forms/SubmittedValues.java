package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * What the user entered in a completed task's form: the values of its editable fields, files by
 * name, detected type, size and digest.
 */
@Component
public class SubmittedValues {
  private final DeployedForms deployedForms;

  SubmittedValues(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  public Map<String, Object> of(CompletedTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    deployedForms
        .of(task)
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

  /**
   * A file is recorded by what identifies it (ALL-6): its name, the type its content shows, its
   * size and digest; its content stays in the process variable.
   */
  private static Map<String, Object> describe(FileValue value) {
    UploadedFile file = UploadedFile.of(value);
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("filename", file.filename());
    description.put("mimeType", file.type().toString());
    description.put("bytes", file.bytes());
    description.put("sha256", file.sha256());
    return description;
  }
}
