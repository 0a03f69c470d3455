package com.deliverysupervision.process;

import java.util.List;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserOperationLogManager;
import org.springframework.stereotype.Component;

/**
 * The engine keeps full history except the parts nobody here reads: 19 of the 168 statements of a
 * basic delivery's order in the benchmark (11 variable updates, 3 identity links, 2 job log
 * entries, 3 completions in the user operation log), 2 of a timer's:
 *
 * <ul>
 *   <li>every value a variable ever had (ACT_HI_DETAIL, also form fields as submitted): a
 *       variable's last value stays in ACT_HI_VARINST, and what each form collected is in the
 *       order's operation records (SAAS-9);
 *   <li>who was assigned or a candidate when (ACT_HI_IDENTITYLINK): the operation records say who
 *       acted, the task history who was assigned last;
 *   <li>the log of jobs that were created, ran or were deleted (ACT_HI_JOB_LOG): a job's failures
 *       stay, with their exception, for whoever investigates an incident;
 *   <li>the user operation log's "Complete" of a task: the operation records hold each completion
 *       with the user and what the form collected. Every other operation (assign, claim, Cockpit's
 *       modifications, deletions, variable changes, grants) stays in the log. Left out where the
 *       engine logs it, before the entry is built: building it looks up the task's process
 *       definition and execution tree, about a twentieth of a completion's Java work.
 * </ul>
 *
 * <p>Cockpit, Tasklist and the history REST API read what stays as under Camunda's full history:
 * the history level is still "full", only Camunda's own database handler is given less to write.
 *
 * <p>Its two subclasses of Camunda's handler and operation log manager are at risk at every Camunda
 * upgrade (an event renamed or added would be kept or left out unseen): {@code
 * HistoryWorthKeepingTest} proves what stays and what is left out.
 */
@Component
public class HistoryWorthKeeping extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler());
    SessionFactories.replace(
        configuration, UserOperationLogManager.class, OperationLogWithoutCompletions.class);
  }

  /** Camunda's user operation log, without the completions of tasks. */
  public static class OperationLogWithoutCompletions extends UserOperationLogManager {
    @Override
    public void logTaskOperations(
        String operation, TaskEntity task, List<PropertyChange> propertyChanges) {
      if (!UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation)) {
        super.logTaskOperations(operation, task, propertyChanges);
      }
    }
  }

  /** Camunda's database handler, given only the events worth keeping. */
  public static class Handler extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (worthKeeping(event)) {
        super.handleEvent(event);
      }
    }

    /** Variable updates still update ACT_HI_VARINST; only their detail rows are left out. */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }

    static boolean worthKeeping(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity
          || event instanceof HistoricIdentityLinkLogEventEntity) {
        return false;
      }
      if (event instanceof HistoricJobLogEvent job) {
        return job.getState() == JobState.FAILED.getStateCode();
      }
      return true;
    }
  }
}
