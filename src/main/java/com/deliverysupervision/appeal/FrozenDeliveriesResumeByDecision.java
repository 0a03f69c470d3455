package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Set;
import org.camunda.bpm.engine.impl.batch.BatchElementConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, ALI-1: a delivery an open appeal or dispute froze goes on only with the decision on it.
 * Camunda lets an administrator activate the suspended instance by hand (Cockpit's "Activate", a
 * list of instances, all of a diagram, the diagram with its instances, a batch): the seller then
 * delivered and the customer's 14-day timer ran while "Decide on the appeal or dispute" was still
 * open. A logged-in user's activation that takes such an instance is refused with 400; its timer
 * alone, {@link FrozenTimersWaitForTheDecision}. An activation of a diagram with its instances at a
 * later date is refused too: Camunda runs it without any command another check could see, and a
 * delivery frozen by then would resume. The application's own activations (the decision's "Resume
 * the service flow", an upgrade's move) run without the user's checks and go on.
 */
@Component
class FrozenDeliveriesResumeByDecision extends AbstractProcessEnginePlugin {
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
  private static final Field SUSPENDING =
      CommandFields.of(AbstractUpdateProcessInstancesSuspendStateCmd.class, "suspending");
  private static final Method BATCH_INSTANCES =
      CommandFields.method(
          AbstractUpdateProcessInstancesSuspendStateCmd.class,
          "collectProcessInstanceIds",
          CommandContext.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateProcessInstanceCmd.class,
        activation ->
            FrozenDeliveries.refuseIf(
                frozen ->
                    takesFrozen(
                        configuration,
                        frozen,
                        (String) CommandFields.read(INSTANCE, activation),
                        (String) CommandFields.read(INSTANCES_DEFINITION_ID, activation),
                        (String) CommandFields.read(INSTANCES_DEFINITION_KEY, activation))));
    // A diagram activated with its instances activates them without a command of their own.
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateProcessDefinitionCmd.class,
        activation -> {
          if (FrozenDeliveries.withSubResources(activation)) {
            FrozenDeliveries.refuseIf(
                frozen ->
                    takesFrozen(
                        configuration,
                        frozen,
                        null,
                        (String) CommandFields.read(DEFINITION_ID, activation),
                        (String) CommandFields.read(DEFINITION_KEY, activation)));
          }
        });
    // A batch activates its instances in jobs that run as nobody: its instances are checked now.
    PostCommandInterceptors.addCheck(
        configuration,
        UpdateProcessInstancesSuspendStateBatchCmd.class,
        batch -> {
          if (!(boolean) CommandFields.read(SUSPENDING, batch)) {
            FrozenDeliveries.refuseIf(
                frozen ->
                    !Collections.disjoint(
                        frozen,
                        ((BatchElementConfiguration)
                                CommandFields.call(
                                    BATCH_INSTANCES, batch, Context.getCommandContext()))
                            .getIds()));
          }
        });
  }

  private static boolean takesFrozen(
      ProcessEngineConfigurationImpl configuration,
      Set<String> frozen,
      String instance,
      String definitionId,
      String definitionKey) {
    if (instance != null) {
      return frozen.contains(instance);
    }
    if (definitionId == null && definitionKey == null) {
      return false;
    }
    ProcessInstanceQuery ofDefinition =
        configuration
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceIds(frozen)
            .suspended();
    if (definitionId != null) {
      ofDefinition.processDefinitionId(definitionId);
    } else {
      ofDefinition.processDefinitionKey(definitionKey);
    }
    return ofDefinition.count() > 0;
  }
}
