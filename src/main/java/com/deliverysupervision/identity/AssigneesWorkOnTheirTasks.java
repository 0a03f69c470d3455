package com.deliverysupervision.identity;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the assignee of a task may work on it (complete it, submit its form, claim it, comment),
 * decided without Camunda's permission query; everyone else still meets that query.
 *
 * <p>Camunda grants every assignee that right itself, the moment a task is assigned to them (its
 * default task permission), so the decision is the same. Only one case differs: an assignee whose
 * automatic grant an administrator deleted by hand keeps working on the task. Here a task is taken
 * from someone by assigning it to someone else. Why bother: building the composite permission query
 * (MyBatis dynamic SQL) was 18% of the CPU the application spends on a task completion, the largest
 * single cost in the benchmark (README).
 *
 * <p>It stands in for Camunda's own check, so every Camunda upgrade puts it at risk (a default
 * grant changed, a check added): {@code SpeedReplacementsDecideAsCamundaTest} compares its
 * decisions with Camunda's own check, case by case.
 */
@Component
class AssigneesWorkOnTheirTasks extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandChecker> checkers =
        configuration.getCommandCheckers().stream()
            .map(
                checker ->
                    checker instanceof AuthorizationCommandChecker
                        ? new AssigneeFirstChecker()
                        : checker)
            .toList();
    configuration.setCommandCheckers(checkers);
  }

  static class AssigneeFirstChecker extends AuthorizationCommandChecker {
    @Override
    public void checkTaskWork(TaskEntity task) {
      Authentication user = Context.getCommandContext().getAuthentication();
      if (user == null
          || task.getAssignee() == null
          || !task.getAssignee().equals(user.getUserId())) {
        super.checkTaskWork(task);
      }
    }
  }
}
