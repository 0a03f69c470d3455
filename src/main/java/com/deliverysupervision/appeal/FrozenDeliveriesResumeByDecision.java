package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, ALI-1: a delivery an open appeal or dispute froze goes on only with the decision on it.
 * Camunda lets an administrator activate the suspended instance by hand (Cockpit's "Activate", a
 * list of instances, all of a diagram, the diagram with its instances): the seller then delivered
 * and the customer's 14-day timer ran while "Decide on the appeal or dispute" was still open. A
 * logged-in user's activation of such an instance, or of instances among which one is such, is
 * refused with 400; the application's own (the decision's "Resume the service flow", an upgrade's
 * move) runs without the user's checks and goes on.
 */
@Component
class FrozenDeliveriesResumeByDecision extends AbstractProcessEnginePlugin {
  static final String REFUSAL =
      "This delivery is frozen by an open appeal or dispute: it goes on with the decision on it"
          + " (\"Decide on the appeal or dispute\" in Tasklist), not by activating it.";
  private static final Field INSTANCE =
      CommandFields.of(AbstractSetProcessInstanceStateCmd.class, "processInstanceId");
  private static final Field INSTANCES_DEFINITION_ID =
      CommandFields.of(AbstractSetProcessInstanceStateCmd.class, "processDefinitionId");
  private static final Field INSTANCES_DEFINITION_KEY =
      CommandFields.of(AbstractSetProcessInstanceStateCmd.class, "processDefinitionKey");
  private static final Field DEFINITION_ID =
      CommandFields.of(AbstractSetProcessDefinitionStateCmd.class, "processDefinitionId");
  private static final Field DEFINITION_KEY =
      CommandFields.of(AbstractSetProcessDefinitionStateCmd.class, "processDefinitionKey");
  private static final Field WITH_INSTANCES =
      CommandFields.of(AbstractSetStateCmd.class, "includeSubResources");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateProcessInstanceCmd.class,
        activation ->
            check(
                (String) CommandFields.read(INSTANCE, activation),
                (String) CommandFields.read(INSTANCES_DEFINITION_ID, activation),
                (String) CommandFields.read(INSTANCES_DEFINITION_KEY, activation),
                configuration.getRuntimeService()));
    // A diagram activated with its instances activates them without a command of their own.
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateProcessDefinitionCmd.class,
        activation -> {
          if ((boolean) CommandFields.read(WITH_INSTANCES, activation)) {
            check(
                null,
                (String) CommandFields.read(DEFINITION_ID, activation),
                (String) CommandFields.read(DEFINITION_KEY, activation),
                configuration.getRuntimeService());
          }
        });
  }

  /** Refuses the activation of the instance, or of the definition's instances, if one is frozen. */
  private static void check(
      String instance, String definitionId, String definitionKey, RuntimeService runtime) {
    CommandContext context = Context.getCommandContext();
    if (!PostCommandInterceptors.isUsersOwn(context)) {
      return;
    }
    boolean frozenByAppeal =
        context.runWithoutAuthorization(
            () -> {
              Set<String> frozen =
                  runtime
                      .createVariableInstanceQuery()
                      .variableName(DeliveryAppeal.SUPERVISION_INSTANCE_ID)
                      .list()
                      .stream()
                      .map(variable -> (String) variable.getValue())
                      .collect(Collectors.toSet());
              if (instance != null) {
                return frozen.contains(instance);
              }
              if (frozen.isEmpty() || (definitionId == null && definitionKey == null)) {
                return false;
              }
              ProcessInstanceQuery ofDefinition =
                  runtime.createProcessInstanceQuery().processInstanceIds(frozen).suspended();
              if (definitionId != null) {
                ofDefinition.processDefinitionId(definitionId);
              } else {
                ofDefinition.processDefinitionKey(definitionKey);
              }
              return ofDefinition.count() > 0;
            });
    if (frozenByAppeal) {
      throw new BadUserRequestException(REFUSAL);
    }
  }
}
