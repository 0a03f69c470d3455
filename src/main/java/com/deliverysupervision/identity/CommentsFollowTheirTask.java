package com.deliverysupervision.identity;

import com.deliverysupervision.process.SessionFactories;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentManager;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentManager;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a task's comment or attachment is read by those who may read the task. Camunda checks the
 * task when it lists them ({@code GET /task/{id}/comment}), but not when one is asked for by its ID
 * ({@code GET /task/{id}/comment/{commentId}}, {@code /attachment/{attachmentId}} and its data):
 * anyone logged in who held the two IDs read what a customer wrote to its seller. Here the single
 * one is found only for a user who sees the task, open or done; for anyone else it does not exist,
 * as for an ID that never did.
 */
@Component
class CommentsFollowTheirTask extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, CommentManager.class, ReadableTaskComments.class);
    SessionFactories.replace(configuration, AttachmentManager.class, ReadableTaskAttachments.class);
  }

  /**
   * Whether the user of the running command may read the task: the queries check its permissions
   * (and find any task for the application itself, which runs without a user).
   */
  static boolean readable(String taskId) {
    CommandContext context = Context.getCommandContext();
    TaskQueryImpl open = new TaskQueryImpl();
    open.taskId(taskId);
    if (context.getTaskManager().findTaskCountByQueryCriteria(open) > 0) {
      return true;
    }
    HistoricTaskInstanceQueryImpl done = new HistoricTaskInstanceQueryImpl();
    done.taskId(taskId);
    return context
            .getHistoricTaskInstanceManager()
            .findHistoricTaskInstanceCountByQueryCriteria(done)
        > 0;
  }

  public static class ReadableTaskComments extends CommentManager {
    @Override
    public CommentEntity findCommentByTaskIdAndCommentId(String taskId, String commentId) {
      return readable(taskId) ? super.findCommentByTaskIdAndCommentId(taskId, commentId) : null;
    }
  }

  public static class ReadableTaskAttachments extends AttachmentManager {
    @Override
    public Attachment findAttachmentByTaskIdAndAttachmentId(String taskId, String attachmentId) {
      return readable(taskId)
          ? super.findAttachmentByTaskIdAndAttachmentId(taskId, attachmentId)
          : null;
    }
  }
}
