package com.deliverysupervision.forms;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-6: a file reaches an order only through a field of a task's form, which judges it by its
 * content and size and records its name, detected type, size and digest. Camunda also lets whoever
 * works on a task attach any file to it, or to its instance, under any name and claimed type
 * ({@code POST /task/{id}/attachment/create}; Tasklist offers no such thing): a program sent as
 * {@code contract.pdf} would be kept unjudged and unrecorded. A logged-in user's attachment is
 * refused with 400; comments, which are text, stay open.
 */
@Component
class FilesOnlyThroughForms extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "Files are not attached to a task or an order: send a file in the file field of the task's"
          + " form, where it is checked and recorded.";

  FilesOnlyThroughForms() {
    super(command -> command instanceof CreateAttachmentCmd, () -> new FileRefused(REFUSAL));
  }
}
