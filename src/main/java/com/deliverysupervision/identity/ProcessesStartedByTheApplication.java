package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: only the processes sellers and customers start themselves ({@link
 * StartedByParties}: an appeal, a transfer) are started by hand; every other one is started by the
 * application, which records what it is for: an order's delivery when the order is placed ({@code
 * POST /api/orders}, with the order, its parties and their grants), a release review when the
 * seller requests it, a transfer's approvals by the transfer, the monthly runs when their month
 * ends. Camunda lets whoever may create instances start any process (Cockpit, {@code POST
 * /process-definition/key/.../start}): an administrator so started a delivery nobody placed, for
 * any "customer", who got its tasks but no order, and one under an existing order's ID, whose
 * deletion then closed the real order and told the wrong parties. Such a start is refused to every
 * logged-in user with 400.
 */
@Component
class ProcessesStartedByTheApplication extends AbstractProcessEnginePlugin {
  static final String REFUSAL =
      "This process is started by the application, not by hand: an order's delivery when the order"
          + " is placed (POST /api/orders), a release review when the seller requests the release,"
          + " a transfer's approvals by the transfer, a monthly run when its month ends.";
  private static final Field STARTED =
      CommandFields.of(StartProcessInstanceCmd.class, "instantiationBuilder");
  private static final Field STARTED_AT =
      CommandFields.of(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder");
  private static final Field STARTED_BY_FORM =
      CommandFields.of(SubmitStartFormCmd.class, "processDefinitionId");

  private final Set<String> startedByParties;

  ProcessesStartedByTheApplication(List<StartedByParties> startedByParties) {
    this.startedByParties =
        startedByParties.stream().map(StartedByParties::processKey).collect(Collectors.toSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        StartProcessInstanceCmd.class,
        start -> check((ProcessInstantiationBuilderImpl) CommandFields.read(STARTED, start)));
    PostCommandInterceptors.addCheck(
        configuration,
        StartProcessInstanceAtActivitiesCmd.class,
        start -> check((ProcessInstantiationBuilderImpl) CommandFields.read(STARTED_AT, start)));
    PostCommandInterceptors.addCheck(
        configuration,
        SubmitStartFormCmd.class,
        start -> check(null, (String) CommandFields.read(STARTED_BY_FORM, start)));
  }

  private void check(ProcessInstantiationBuilderImpl start) {
    check(start.getProcessDefinitionKey(), start.getProcessDefinitionId());
  }

  private void check(String processKey, String definitionId) {
    CommandContext context = Context.getCommandContext();
    if (!PostCommandInterceptors.isUsersOwn(context)) {
      return;
    }
    String key =
        processKey != null || definitionId == null
            ? processKey
            : context
                .getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDeployedProcessDefinitionById(definitionId)
                .getKey();
    if (key != null && !startedByParties.contains(key)) {
      throw new BadUserRequestException(REFUSAL);
    }
  }
}
