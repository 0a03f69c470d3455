package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.EntryCheck;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the rules' checks of the entries a party sends with the completion of their task. */
@Component
// After the form's own checks: a rule reads an entry of the form's type.
@Order(3)
class EntryChecksOnCompletion implements UserTaskCompletionHook {
  private final List<EntryCheck> checks;

  EntryChecksOnCompletion(List<EntryCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public void onCompletion(CompletedTask task) {
    String taskKey = task.execution().getCurrentActivityId();
    for (EntryCheck check : checks) {
      if (check.entry().processKey().equals(task.processKey())
          && check.entry().taskKey().equals(taskKey)) {
        check
            .problemWith(task.variable(check.entry().variable()), task.execution())
            .ifPresent(
                problem -> {
                  throw task.refused(check.entry().variable(), problem);
                });
      }
    }
  }
}
