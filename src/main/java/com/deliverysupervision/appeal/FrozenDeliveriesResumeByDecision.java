package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, ALI-1: a delivery an open appeal or dispute froze goes on only with the decision on it.
 * Camunda lets an administrator activate the suspended instance by hand (Cockpit's "Activate"): the
 * seller then delivered and the customer's 14-day timer ran while "Decide on the appeal or dispute"
 * was still open. A logged-in user's activation of such an instance is refused with 400; the
 * application's own (the decision's "Resume the service flow", an upgrade's move) runs without the
 * user's checks and goes on.
 */
@Component
class FrozenDeliveriesResumeByDecision extends AbstractProcessEnginePlugin {
  static final String REFUSAL =
      "This delivery is frozen by an open appeal or dispute: it goes on with the decision on it"
          + " (\"Decide on the appeal or dispute\" in Tasklist), not by activating it.";
  private static final Field INSTANCE =
      CommandFields.of(AbstractSetProcessInstanceStateCmd.class, "processInstanceId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateProcessInstanceCmd.class,
        activation ->
            check(
                (String) CommandFields.read(INSTANCE, activation),
                Context.getCommandContext(),
                configuration.getRuntimeService()));
  }

  private static void check(String instance, CommandContext context, RuntimeService runtime) {
    if (instance == null
        || context.getAuthenticatedUserId() == null
        || !context.isAuthorizationCheckEnabled()) {
      return;
    }
    boolean frozenByAppeal =
        context.runWithoutAuthorization(
            () ->
                runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKeyIn(
                            DeliveryAppeal.PROCESS_KEY, DeliveryAppeal.EARLIER_PROCESS_KEY)
                        .variableValueEquals(DeliveryAppeal.SUPERVISION_INSTANCE_ID, instance)
                        .count()
                    > 0);
    if (frozenByAppeal) {
      throw new BadUserRequestException(REFUSAL);
    }
  }
}
