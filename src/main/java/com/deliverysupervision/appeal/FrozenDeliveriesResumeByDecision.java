package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.batch.BatchElementConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, ALI-1: a delivery an open appeal or dispute froze goes on only with the decision on it.
 * Camunda lets an administrator activate the suspended instance by hand (Cockpit's "Activate", a
 * list of instances, all of a diagram, the diagram with its instances, a batch) or its suspended
 * timer alone (the job, the jobs of an instance or a diagram, a job definition with its jobs): the
 * seller then delivered and the customer's 14-day timer ran, or was forced into an incident whose
 * retry fired it early, while "Decide on the appeal or dispute" was still open. A logged-in user's
 * activation that takes such an instance or its timer is refused with 400. An activation of a
 * diagram with its instances, or of a job definition with its jobs, at a later date is refused too:
 * Camunda runs it without any command another check could see, and a delivery frozen by then would
 * resume. The application's own activations (the decision's "Resume the service flow", an upgrade's
 * move) run without the user's checks and go on.
 */
@Component
class FrozenDeliveriesResumeByDecision extends AbstractProcessEnginePlugin {
  static final String REFUSAL =
      "This delivery is frozen by an open appeal or dispute: it goes on with the decision on it"
          + " (\"Decide on the appeal or dispute\" in Tasklist), not by activating it or its timers.";
  static final String LATER_REFUSAL =
      "An activation with the instances or jobs is not scheduled for later: a delivery an open appeal"
          + " or dispute freezes by then would resume without the decision. Activate them when the"
          + " time comes.";
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
  private static final Field LATER = CommandFields.of(AbstractSetStateCmd.class, "executionDate");
  private static final Field JOB = CommandFields.of(AbstractSetJobStateCmd.class, "jobId");
  private static final Field JOBS_DEFINITION =
      CommandFields.of(AbstractSetJobStateCmd.class, "jobDefinitionId");
  private static final Field JOBS_INSTANCE =
      CommandFields.of(AbstractSetJobStateCmd.class, "processInstanceId");
  private static final Field JOBS_DEFINITION_ID =
      CommandFields.of(AbstractSetJobStateCmd.class, "processDefinitionId");
  private static final Field JOBS_DEFINITION_KEY =
      CommandFields.of(AbstractSetJobStateCmd.class, "processDefinitionKey");
  private static final Field JOB_DEFINITION =
      CommandFields.of(AbstractSetJobDefinitionStateCmd.class, "jobDefinitionId");
  private static final Field JOB_DEFINITIONS_DEFINITION_ID =
      CommandFields.of(AbstractSetJobDefinitionStateCmd.class, "processDefinitionId");
  private static final Field JOB_DEFINITIONS_DEFINITION_KEY =
      CommandFields.of(AbstractSetJobDefinitionStateCmd.class, "processDefinitionKey");
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
            refuseIf(
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
          if (withSubResources(activation)) {
            refuseIf(
                frozen ->
                    takesFrozen(
                        configuration,
                        frozen,
                        null,
                        (String) CommandFields.read(DEFINITION_ID, activation),
                        (String) CommandFields.read(DEFINITION_KEY, activation)));
          }
        });
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateJobCmd.class,
        activation ->
            refuseIf(frozen -> takesFrozenJobs(activation, suspendedJobs(configuration, frozen))));
    // A job definition activated with its jobs activates them without a command of their own.
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateJobDefinitionCmd.class,
        activation -> {
          if (withSubResources(activation)) {
            refuseIf(frozen -> takesFrozenJobs(activation, suspendedJobs(configuration, frozen)));
          }
        });
    // A batch activates its instances in jobs that run as nobody: its instances are checked now.
    PostCommandInterceptors.addCheck(
        configuration,
        UpdateProcessInstancesSuspendStateBatchCmd.class,
        batch -> {
          if (!(boolean) CommandFields.read(SUSPENDING, batch)) {
            refuseIf(
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

  /**
   * Whether the activation takes sub-resources (instances, jobs); refused as a user's command when
   * it is scheduled for later.
   */
  private static boolean withSubResources(AbstractSetStateCmd activation) {
    boolean with = (boolean) CommandFields.read(WITH_INSTANCES, activation);
    if (with
        && CommandFields.read(LATER, activation) != null
        && PostCommandInterceptors.isUsersOwn(Context.getCommandContext())) {
      throw new BadUserRequestException(LATER_REFUSAL);
    }
    return with;
  }

  /**
   * Refuses a logged-in user's command if it takes one of the frozen deliveries (given by their
   * instance ids; checked on the engine's behalf, as the user need not see them all).
   */
  private static void refuseIf(Predicate<Set<String>> takesFrozen) {
    CommandContext context = Context.getCommandContext();
    if (!PostCommandInterceptors.isUsersOwn(context)) {
      return;
    }
    boolean refused =
        context.runWithoutAuthorization(
            () -> {
              Set<String> frozen =
                  context
                      .getProcessEngineConfiguration()
                      .getRuntimeService()
                      .createVariableInstanceQuery()
                      .variableName(DeliveryAppeal.SUPERVISION_INSTANCE_ID)
                      .list()
                      .stream()
                      .map(variable -> (String) variable.getValue())
                      .collect(Collectors.toSet());
              return !frozen.isEmpty() && takesFrozen.test(frozen);
            });
    if (refused) {
      throw new BadUserRequestException(REFUSAL);
    }
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

  /**
   * The frozen deliveries' suspended jobs, matched in Java: Camunda 7.24's job query writes invalid
   * SQL for a list of instances after any other condition.
   */
  private static List<Job> suspendedJobs(
      ProcessEngineConfigurationImpl configuration, Set<String> frozen) {
    return configuration
        .getManagementService()
        .createJobQuery()
        .processInstanceIds(frozen)
        .suspended()
        .list();
  }

  /** Whether the activation of jobs (one, a definition's, an instance's, a diagram's) takes any. */
  private static boolean takesFrozenJobs(ActivateJobCmd activation, List<Job> frozenJobs) {
    return takesAny(
        frozenJobs,
        (String) CommandFields.read(JOB, activation),
        (String) CommandFields.read(JOBS_DEFINITION, activation),
        (String) CommandFields.read(JOBS_INSTANCE, activation),
        (String) CommandFields.read(JOBS_DEFINITION_ID, activation),
        (String) CommandFields.read(JOBS_DEFINITION_KEY, activation));
  }

  /** Whether the activation of a job definition (by its id or its diagram's) with its jobs does. */
  private static boolean takesFrozenJobs(
      ActivateJobDefinitionCmd activation, List<Job> frozenJobs) {
    return takesAny(
        frozenJobs,
        null,
        (String) CommandFields.read(JOB_DEFINITION, activation),
        null,
        (String) CommandFields.read(JOB_DEFINITIONS_DEFINITION_ID, activation),
        (String) CommandFields.read(JOB_DEFINITIONS_DEFINITION_KEY, activation));
  }

  /** Camunda takes the first of the ways of naming jobs that the activation was given. */
  private static boolean takesAny(
      List<Job> frozenJobs,
      String job,
      String jobDefinition,
      String instance,
      String definitionId,
      String definitionKey) {
    Predicate<Job> taken =
        job != null
            ? frozen -> job.equals(frozen.getId())
            : jobDefinition != null
                ? frozen -> jobDefinition.equals(frozen.getJobDefinitionId())
                : instance != null
                    ? frozen -> instance.equals(frozen.getProcessInstanceId())
                    : definitionId != null
                        ? frozen -> definitionId.equals(frozen.getProcessDefinitionId())
                        : frozen -> Objects.equals(definitionKey, frozen.getProcessDefinitionKey());
    return frozenJobs.stream().anyMatch(taken);
  }
}
