package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.CommandsRefusedToUsers;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a task ends when its party completes it through its form. Camunda also lets whoever
 * works on a task throw a BPMN error or escalation from it ({@code POST /task/{id}/bpmnError},
 * {@code .../bpmnEscalation}), with any variables and no form check; where no event catches it
 * (none of these diagrams has one for a user), the instance just ends: a customer's "Confirm
 * delivery" so ended left its order processing for good, never confirmed, billed or settled, and a
 * seller ended the warranty it was to serve. A logged-in user's error or escalation is refused with
 * 400, and so is a deletion of a task: Camunda answered one of a process's tasks with 500 and one
 * that does not exist with 204, telling a stranger which IDs are tasks. Only a task created on its
 * own in Tasklist, outside any process, is deleted as Camunda deletes it, by whoever may delete it;
 * to anyone else its deletion is refused in the same words.
 */
@Component
class TasksEndOnlyByCompletion extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "A task here ends when it is completed through its form; it is not deleted, and errors and"
          + " escalations are not thrown from it.";
  private static final Field TASK = CommandFields.of(DeleteTaskCmd.class, "taskId");
  private static final Field TASKS = CommandFields.of(DeleteTaskCmd.class, "taskIds");

  TasksEndOnlyByCompletion() {
    super(
        command ->
            command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd,
        () -> new BadUserRequestException(REFUSAL));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    PostCommandInterceptors.addCheck(
        configuration,
        DeleteTaskCmd.class,
        deletion -> checkDeletion(deletion, Context.getCommandContext()));
  }

  private static void checkDeletion(DeleteTaskCmd deletion, CommandContext context) {
    if (context.getAuthenticatedUserId() == null) {
      return;
    }
    for (String id : taskIds(deletion)) {
      TaskEntity task = id == null ? null : context.getTaskManager().findTaskById(id);
      if (task == null
          || task.getExecutionId() != null
          || task.getCaseExecutionId() != null
          || !mayDelete(task, context)) {
        throw new BadUserRequestException(REFUSAL);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> taskIds(DeleteTaskCmd deletion) {
    String one = (String) CommandFields.read(TASK, deletion);
    Collection<String> many = (Collection<String>) CommandFields.read(TASKS, deletion);
    return one != null ? List.of(one) : many == null ? List.of() : many;
  }

  /** Camunda's own check of a deletion: the DELETE permission on the task. */
  private static boolean mayDelete(TaskEntity task, CommandContext context) {
    try {
      context
          .getProcessEngineConfiguration()
          .getCommandCheckers()
          .forEach(checker -> checker.checkDeleteTask(task));
      return true;
    } catch (AuthorizationException notAllowed) {
      return false;
    }
  }
}
