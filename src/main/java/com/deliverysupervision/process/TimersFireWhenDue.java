package com.deliverysupervision.process;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.batch.BatchElementConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.stereotype.Component;

/**
 * ALL-1: a rule's timer fires when its duration has passed (14 days to confirm, 3 hours to
 * complete, 5 days of silence, a month's end). Camunda lets an administrator execute a job at once
 * ({@code POST /job/{id}/execute}) or move its due date ({@code PUT /job/{id}/duedate}, or with its
 * retries: {@code PUT /job/{id}/retries} with a {@code dueDate}): a delivery so confirmed itself on
 * its first day (ALI-2), a SaaS order completed a second after its acceptance (SAAS-2), and a
 * seller could appeal as if the customer had been silent for 5 days, which the order's records then
 * said (SAAS-6). A logged-in user's execution of a timer before it is due, or move of its due date
 * to an earlier one (one job, or a batch of retries), is refused with 403. A due job whose retries
 * ran out is executed as before, and a timer may be moved later; the application's own moves (past
 * a freeze) run without the user's checks.
 */
@Component
public class TimersFireWhenDue extends AbstractProcessEnginePlugin {
  private static final Field MOVED = CommandFields.of(SetJobDuedateCmd.class, "jobId");
  private static final Field NEW_DUE_DATE = CommandFields.of(SetJobDuedateCmd.class, "newDuedate");
  private static final Field RETRIED = CommandFields.of(SetJobRetriesCmd.class, "jobId");
  private static final Field RETRIED_ALL = CommandFields.of(SetJobRetriesCmd.class, "jobIds");
  private static final Field RETRIED_DUE_DATE = CommandFields.of(SetJobRetriesCmd.class, "dueDate");
  private static final Field RETRIED_DUE_DATE_SET =
      CommandFields.of(SetJobRetriesCmd.class, "isDueDateSet");
  private static final Field BATCH_DUE_DATE =
      CommandFields.of(AbstractSetJobsRetriesBatchCmd.class, "dueDate");
  private static final Field BATCH_DUE_DATE_SET =
      CommandFields.of(AbstractSetJobsRetriesBatchCmd.class, "isDueDateSet");
  private static final Method BATCH_JOBS =
      CommandFields.method(
          AbstractSetJobsRetriesBatchCmd.class, "collectJobIds", CommandContext.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getManagementService().getClass() != ManagementServiceImpl.class) {
      throw new IllegalStateException(
          "Another plugin replaced Camunda's management service; TimersFireWhenDue would undo it");
    }
    configuration.setManagementService(new JobsExecutedWhenDue(configuration));
    PostCommandInterceptors.addCheck(
        configuration,
        SetJobDuedateCmd.class,
        move ->
            checkNotBefore(
                (String) CommandFields.read(MOVED, move),
                (Date) CommandFields.read(NEW_DUE_DATE, move),
                "moved to an earlier time"));
    PostCommandInterceptors.addCheck(
        configuration,
        SetJobRetriesCmd.class,
        retry -> {
          if ((boolean) CommandFields.read(RETRIED_DUE_DATE_SET, retry)) {
            Date when = (Date) CommandFields.read(RETRIED_DUE_DATE, retry);
            for (String jobId : retriedJobs(retry)) {
              checkNotBefore(jobId, when, "made due earlier with its retries");
            }
          }
        });
    // A batch sets the retries in jobs that run as nobody: its jobs are checked now.
    PostCommandInterceptors.addCheck(
        configuration,
        AbstractSetJobsRetriesBatchCmd.class,
        batch -> {
          if ((boolean) CommandFields.read(BATCH_DUE_DATE_SET, batch)
              && PostCommandInterceptors.isUsersOwn(Context.getCommandContext())) {
            Date when = (Date) CommandFields.read(BATCH_DUE_DATE, batch);
            BatchElementConfiguration jobs =
                (BatchElementConfiguration)
                    CommandFields.call(BATCH_JOBS, batch, Context.getCommandContext());
            checkNoneBefore(configuration, jobs.getIds(), when);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static List<String> retriedJobs(SetJobRetriesCmd retry) {
    String one = (String) CommandFields.read(RETRIED, retry);
    List<String> many = (List<String>) CommandFields.read(RETRIED_ALL, retry);
    return one != null ? List.of(one) : many == null ? List.of() : many;
  }

  private static void checkNotBefore(String jobId, Date when, String what) {
    CommandContext context = Context.getCommandContext();
    if (jobId == null || !PostCommandInterceptors.isUsersOwn(context)) {
      return;
    }
    JobEntity job = context.getJobManager().findJobById(jobId);
    if (job instanceof TimerEntity
        && job.getDuedate() != null
        && (when == null || when.before(job.getDuedate()))) {
      throw refusal(job.getDuedate(), what);
    }
  }

  /** One query for a batch's jobs, which may be thousands, whoever may read them. */
  private static void checkNoneBefore(
      ProcessEngineConfigurationImpl configuration, List<String> jobIds, Date when) {
    if (jobIds.isEmpty()) {
      return;
    }
    JobQuery later =
        configuration.getManagementService().createJobQuery().jobIds(Set.copyOf(jobIds)).timers();
    if (when != null) {
      later.duedateHigherThan(when);
    }
    Context.getCommandContext()
        .runWithoutAuthorization(() -> later.orderByJobDuedate().asc().listPage(0, 1))
        .stream()
        .filter(timer -> timer.getDuedate() != null)
        .findFirst()
        .ifPresent(
            timer -> {
              throw refusal(timer.getDuedate(), "made due earlier with its retries");
            });
  }

  /**
   * Camunda's management service, whose execution of a job at a user's request refuses a timer not
   * yet due before it starts: refused inside Camunda's execution, the refusal would count as the
   * job's failure (a retry taken, the timer due in minutes, a failure in its history). Should
   * Camunda change how it executes a job, CockpitActionsTest's timers fail.
   */
  static class JobsExecutedWhenDue extends ManagementServiceImpl {
    private final ProcessEngineConfigurationImpl configuration;

    JobsExecutedWhenDue(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
      this.configuration = configuration;
    }

    @Override
    public void executeJob(String jobId) {
      if (jobId != null && configuration.getIdentityService().getCurrentAuthentication() != null) {
        Job timer = createJobQuery().jobId(jobId).timers().singleResult();
        if (timer != null
            && timer.getDuedate() != null
            && ClockUtil.getCurrentTime().before(timer.getDuedate())) {
          throw refusal(timer.getDuedate(), "executed now");
        }
      }
      super.executeJob(jobId);
    }
  }

  /**
   * Camunda's job resource answers its other refusals here as a missing job (404) or a failure
   * (500); a refusal of what the user may do keeps its words and its 403.
   */
  private static AuthorizationException refusal(Date due, String what) {
    return new AuthorizationException(
        "This timer is a rule's deadline, due at "
            + due.toInstant()
            + ": it fires when it is due, and is not "
            + what
            + ".");
  }
}
