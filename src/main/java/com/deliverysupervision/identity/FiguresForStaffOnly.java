package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the marketplace's figures are for operations managers and administrators. A party reads
 * every diagram (Tasklist shows a task's), and Camunda's statistics ask for nothing more: a
 * customer read how many orders ran per delivery template and step, how many appeals, transfers and
 * release reviews were open, and the failed jobs and incidents ({@code GET
 * /process-definition/statistics}, {@code .../{id}/statistics}), and, from the engine's metrics,
 * how many instances started in each quarter of an hour ({@code GET /metrics}, which Camunda checks
 * no permission for). Cockpit's figures for the staff are as before; a party's request is refused
 * with 403.
 */
@Component
class FiguresForStaffOnly extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "The marketplace's figures are for operations managers and administrators.";

  FiguresForStaffOnly() {
    super(
        command ->
            command instanceof ProcessDefinitionStatisticsQueryImpl
                || command instanceof ActivityStatisticsQueryImpl
                || command instanceof DeploymentStatisticsQueryImpl
                || command instanceof HistoricActivityStatisticsQueryImpl
                || command instanceof MetricsQueryImpl,
        () -> new AuthorizationException(REFUSAL));
  }

  @Override
  protected boolean limits(Authentication user, ProcessEngineConfigurationImpl configuration) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return !groups.contains(Roles.OPERATIONS_MANAGERS)
        && !Administrators.include(user, configuration);
  }
}
