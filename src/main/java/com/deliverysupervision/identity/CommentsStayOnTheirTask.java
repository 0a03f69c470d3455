package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import com.deliverysupervision.web.RefusedWithReason;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a party's comment belongs to the task it writes it on. Camunda takes a process instance ID
 * beside the task and files the comment under that instance unchecked (it checks nothing when no
 * open task is named): through the REST API a seller wrote into another seller's order, and a
 * reseller into a transfer it may not read, where their parties read it. A logged-in user's comment
 * that names an instance other than its open task's is refused with 400; Tasklist names none.
 */
@Component
class CommentsStayOnTheirTask extends AbstractProcessEnginePlugin {
  private static final Field TASK = CommandFields.of(AddCommentCmd.class, "taskId");
  private static final Field INSTANCE = CommandFields.of(AddCommentCmd.class, "processInstanceId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        AddCommentCmd.class,
        comment -> checkInstance(comment, Context.getCommandContext()));
  }

  private static void checkInstance(AddCommentCmd comment, CommandContext context) {
    String instance = (String) CommandFields.read(INSTANCE, comment);
    if (instance == null || context.getAuthenticatedUserId() == null) {
      return;
    }
    String taskId = (String) CommandFields.read(TASK, comment);
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || !instance.equals(task.getProcessInstanceId())) {
      throw new RefusedWithReason(
          "A comment belongs to the open task it is written on: leave processInstanceId out, or"
              + " send the task's own.");
    }
  }
}
