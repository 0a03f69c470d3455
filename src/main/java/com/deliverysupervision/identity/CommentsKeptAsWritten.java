package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-2, SAAS-9: what the parties wrote to each other on a task stays as written. Camunda lets
 * whoever works on a task rewrite or delete any comment on it, whoever wrote it: a seller could
 * have erased the customer's remarks from the order's record. A logged-in user's change or deletion
 * of a comment is refused with 400; a correction is a new comment.
 */
@Component
class CommentsKeptAsWritten extends CommandsRefusedToUsers {
  static final String REFUSAL = "Comments are kept as written: add a new comment to correct one.";

  CommentsKeptAsWritten() {
    super(
        command ->
            command instanceof UpdateCommentCmd
                || command instanceof DeleteTaskCommentCmd
                || command instanceof DeleteProcessInstanceCommentCmd,
        () -> new BadUserRequestException(REFUSAL));
  }
}
