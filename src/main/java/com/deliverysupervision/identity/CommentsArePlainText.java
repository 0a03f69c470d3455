package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.CommandsRefusedToUsers;
import com.deliverysupervision.web.RefusedWithReason;
import com.deliverysupervision.web.TextRules;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a comment the parties write on a task is text as the forms take it ({@link TextRules}),
 * and says something: Camunda stores any string, an empty one too, and a NUL in one is a server
 * error on PostgreSQL. Refused with 400.
 */
@Component
class CommentsArePlainText extends CommandsRefusedToUsers {
  private static final Field MESSAGE = CommandFields.of(AddCommentCmd.class, "message");

  CommentsArePlainText() {
    super(
        command ->
            command instanceof AddCommentCmd
                && isNoText((String) CommandFields.read(MESSAGE, command)),
        () ->
            new RefusedWithReason(
                "A comment must contain visible characters and no control characters other than"
                    + " line breaks and tabs."));
  }

  private static boolean isNoText(String message) {
    return message == null
        || message.isEmpty()
        || TextRules.problemWith(message, false).isPresent();
  }
}
