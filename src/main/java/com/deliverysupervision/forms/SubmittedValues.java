package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * What the user entered in a completed task's form: the values of its editable fields, files by
 * name, detected type, size and digest, and the labels the form showed them under.
 */
@Component
public class SubmittedValues {
  private final DeployedForms deployedForms;

  SubmittedValues(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  /**
   * The values by field key, and each field's label by its key.
   *
   * @param values what was entered, in the form's order
   * @param labels the form's label of each value
   */
  public record Submitted(Map<String, Object> values, Map<String, String> labels) {}

  public Submitted of(CompletedTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
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
                          if (values.containsKey(field.key()) && field.label() != null) {
                            labels.put(field.key(), field.label());
                          }
                        }));
    return new Submitted(values, labels);
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
