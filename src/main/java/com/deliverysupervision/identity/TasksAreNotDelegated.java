package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a task is done by the party the process gave it to, and its form's values are
 * checked when it is completed. Camunda's delegation goes around both: whoever works on a task may
 * "resolve" it ({@code POST /task/{id}/resolve}), delegated or not, with any variables and no
 * completion, so no check runs; a customer who resolved its demand with {@code sellerId} set to
 * another seller handed the order's next step to that seller, and the task itself lost its
 * assignee. A logged-in user's delegation and resolution are refused with 400; to hand a task to
 * someone else, assign it to them (operations managers and administrators may).
 */
@Component
class TasksAreNotDelegated extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "Tasks are not delegated here: complete the task yourself, or assign it to whoever should"
          + " do it.";

  TasksAreNotDelegated() {
    super(
        command -> command instanceof DelegateTaskCmd || command instanceof ResolveTaskCmd,
        () -> new BadUserRequestException(REFUSAL));
  }
}
