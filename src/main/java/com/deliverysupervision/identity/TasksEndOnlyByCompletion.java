package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a task ends when its party completes it through its form. Camunda also lets whoever
 * works on a task throw a BPMN error or escalation from it ({@code POST /task/{id}/bpmnError},
 * {@code .../bpmnEscalation}), with any variables and no form check; where no event catches it
 * (none of these diagrams has one for a user), the instance just ends: a customer's "Confirm
 * delivery" so ended left its order processing for good, never confirmed, billed or settled, and a
 * seller ended the warranty it was to serve. A logged-in user's error or escalation is refused with
 * 400, and so is a deletion of a task: Camunda answered one of a process's tasks with 500 and one
 * that does not exist with 204, telling a stranger which IDs are tasks.
 */
@Component
class TasksEndOnlyByCompletion extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "A task here ends when it is completed through its form; it is not deleted, and errors and"
          + " escalations are not thrown from it.";

  TasksEndOnlyByCompletion() {
    super(
        command ->
            command instanceof HandleTaskBpmnErrorCmd
                || command instanceof HandleTaskEscalationCmd
                || command instanceof DeleteTaskCmd,
        () -> new BadUserRequestException(REFUSAL));
  }
}
