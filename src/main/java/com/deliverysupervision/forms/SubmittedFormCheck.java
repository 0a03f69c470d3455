package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies a task's Camunda Form validation (required, length, pattern, e-mail) on the server:
 * form-js validates only in the browser, and a REST caller skips the browser (CAMUNDA.md). The form
 * stays the one place where an analyst declares what a step requires, and what a user may send with
 * it: a variable it does not name is refused ({@link SubmittedNames}).
 */
@Component
// First of the completion hooks: the others may rely on the form's required fields being there.
@Order(1)
class SubmittedFormCheck implements UserTaskCompletionHook {
  private final DeployedForms deployedForms;

  SubmittedFormCheck(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    Optional<FormSchema> form = deployedForms.of(task);
    SubmittedNames.current()
        .ifPresent(sent -> refuseWhatTheFormDoesNotName(task, sent, form.map(FormSchema::names)));
    form.ifPresent(
        schema -> {
          List<String> problems =
              schema.fields().stream()
                  .flatMap(field -> field.problemWith(task.variable(field.key())).stream())
                  .toList();
          if (!problems.isEmpty()) {
            throw task.refused(schema.formId(), String.join(" ", problems));
          }
        });
  }

  private static void refuseWhatTheFormDoesNotName(
      CompletedTask task, Set<String> sent, Optional<Set<String>> named) {
    notOnTheForm(sent, named)
        .ifPresent(
            refusal -> {
              throw task.refused(refusal.field(), refusal.reason());
            });
  }

  /** A refusal of names sent that the form does not name: the first of them, and why. */
  record NotOnTheForm(String field, String reason) {}

  static Optional<NotOnTheForm> notOnTheForm(Set<String> sent, Optional<Set<String>> named) {
    Set<String> foreign = new TreeSet<>(sent);
    named.ifPresent(foreign::removeAll);
    if (foreign.isEmpty()) {
      return Optional.empty();
    }
    String onTheForm =
        named
            .filter(names -> !names.isEmpty())
            .map(names -> ", which names " + String.join(", ", new TreeSet<>(names)) + ".")
            .orElse(".");
    return Optional.of(
        new NotOnTheForm(
            foreign.iterator().next(),
            String.join(", ", foreign)
                + (foreign.size() == 1 ? " is" : " are")
                + " not on its form"
                + onTheForm));
  }
}
