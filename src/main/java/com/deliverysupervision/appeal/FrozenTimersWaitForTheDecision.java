package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobCmd;
import org.camunda.bpm.engine.impl.cmd.ActivateJobDefinitionCmd;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, ALI-1: a frozen delivery's suspended timer waits for the decision on the appeal or
 * dispute, as its delivery does ({@link FrozenDeliveriesResumeByDecision}). Camunda lets an
 * administrator activate the timer alone (the job, the jobs of an instance or a diagram, a job
 * definition with its jobs): it could not fire while its instance was suspended, and forced to, it
 * became an incident whose retry fired it early. A logged-in user's activation that takes such a
 * timer is refused with 400; a job definition's activation with its jobs at a later date whatever
 * is frozen ({@link FrozenDeliveries#withSubResources}).
 */
@Component
class FrozenTimersWaitForTheDecision extends AbstractProcessEnginePlugin {
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

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateJobCmd.class,
        activation ->
            FrozenDeliveries.refuseIf(
                frozen -> takesFrozenJobs(activation, suspendedJobs(configuration, frozen))));
    // A job definition activated with its jobs activates them without a command of their own.
    PostCommandInterceptors.addCheck(
        configuration,
        ActivateJobDefinitionCmd.class,
        activation -> {
          if (FrozenDeliveries.withSubResources(activation)) {
            FrozenDeliveries.refuseIf(
                frozen -> takesFrozenJobs(activation, suspendedJobs(configuration, frozen)));
          }
        });
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
