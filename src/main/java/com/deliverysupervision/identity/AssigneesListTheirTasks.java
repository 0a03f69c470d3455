package com.deliverysupervision.identity;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * ALL-2: a user's query of the tasks assigned to that user (Tasklist's "My delivery tasks", its
 * count) runs without Camunda's permission join; every other task query keeps it.
 *
 * <p>Camunda grants every assignee the task the moment it is assigned (and {@link
 * PartiesTaskGrants} grants a party's new task alike), so the join filters nothing out of such a
 * query. It is costly where it filters nothing: Camunda joins each task to the user's grants by
 * {@code RESOURCE_ID_ in (task, definition, '*')}, a condition PostgreSQL can only loop over, so a
 * seller's list of its 100,000 open tasks compared every task with every grant (its count alone ran
 * for more than 20 s). The one case that differs is the one {@link AssigneesWorkOnTheirTasks}
 * names: an assignee whose automatic grant an administrator deleted by hand still lists the task.
 *
 * <p>It stands in for part of Camunda's own query check, so every Camunda upgrade puts it at risk:
 * {@code SpeedReplacementsDecideAsCamundaTest} compares each user's lists under it with Camunda's.
 */
public class AssigneesListTheirTasks extends RefusalsNameNoIds {

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    Authentication user = getCurrentAuthentication();
    // Queries with or-branches keep the join: not worth reasoning about what they list.
    if (user != null
        && user.getUserId().equals(query.getAssignee())
        && query.getQueries().size() == 1) {
      AuthorizationCheck check = query.getAuthCheck();
      check.setAuthorizationCheckEnabled(false);
      check.setShouldPerformAuthorizatioCheck(false);
    }
  }
}
