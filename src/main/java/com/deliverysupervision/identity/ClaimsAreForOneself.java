package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a user claims a task for itself, and releases only a task that was offered to a group.
 * Camunda lets whoever works on a task claim it for anyone, or release it ({@code POST
 * /task/{id}/claim} with another user's ID, or none): a customer released its demand and claimed it
 * for a stranger, who then read the order's variables and files and completed it. Claiming for
 * another is refused with 403, releasing a task the process gave to its party with 400.
 * Administrators, who repair things by hand, and the application's own calls are not limited; to
 * hand a task to someone else, assign it (operations managers and administrators may).
 */
@Component
class ClaimsAreForOneself extends AbstractProcessEnginePlugin {
  private static final Field TASK = CommandFields.of(ClaimTaskCmd.class, "taskId");
  private static final Field CLAIMANT = CommandFields.of(ClaimTaskCmd.class, "userId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        ClaimTaskCmd.class,
        claim -> {
          Authentication user = configuration.getIdentityService().getCurrentAuthentication();
          if (user != null && !Administrators.include(user, configuration)) {
            check(
                user.getUserId(),
                (String) CommandFields.read(TASK, claim),
                (String) CommandFields.read(CLAIMANT, claim));
          }
        });
  }

  private static void check(String userId, String taskId, String claimant) {
    if (claimant != null && !claimant.equals(userId)) {
      throw new AuthorizationException(
          userId + " cannot claim a task for " + claimant + ": a user claims a task for itself.");
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (claimant == null && task != null && !offeredToOthers(task)) {
      throw new BadUserRequestException(
          "\""
              + task.getName()
              + "\" is its assignee's, given by the process: it is not released.");
    }
  }

  private static boolean offeredToOthers(TaskEntity task) {
    return task.getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
  }
}
