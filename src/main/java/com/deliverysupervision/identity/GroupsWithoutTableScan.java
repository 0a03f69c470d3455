package com.deliverysupervision.identity;

import com.deliverysupervision.process.SessionFactories;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine from reading every row of {@code ACT_RU_AUTHORIZATION} in each command a user
 * makes.
 *
 * <p>Before checking a user's permissions, Camunda narrows the user's groups to those named in any
 * authorization, with {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}: a scan of the
 * whole table, once per command. Here the table grows with the orders (ALL-2: every order grants
 * its seller and customer their instance, every task its assignee, and historic task grants stay
 * for the history's time to live), so at a million rows every Tasklist click and REST call paid 60
 * to 200 ms for it on the local PostgreSQL. The narrowing changes no decision: a group without
 * authorizations matches none in the check itself. Our users belong to one or two groups, so the
 * check gets them all, and the scan is skipped.
 *
 * <p>It stands in for part of Camunda's own authorization manager, so every Camunda upgrade puts it
 * at risk: {@code SpeedReplacementsDecideAsCamundaTest} compares its decisions with Camunda's own
 * manager, case by case.
 */
@Component
class GroupsWithoutTableScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(
        configuration, AuthorizationManager.class, ApplicationAuthorizationManager.class);
  }

  /**
   * The engine's one authorization manager, so every change to Camunda's is a superclass in this
   * chain: the user's groups as they are (here), assignees' lists of their own tasks without the
   * permission join ({@link AssigneesListTheirTasks}), refusals that name no IDs ({@link
   * RefusalsNameNoIds}).
   */
  public static class ApplicationAuthorizationManager extends AssigneesListTheirTasks {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null
          ? new ArrayList<>()
          : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
