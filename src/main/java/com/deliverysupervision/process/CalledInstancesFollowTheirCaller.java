package com.deliverysupervision.process;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.runtime.UpdateProcessInstanceSuspensionStateBuilderImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The instances a process instance called follow it (ALL-3): Camunda's suspension stops at the
 * instance, and an instance called by a multi-instance call activity can be deleted alone, which
 * Camunda takes as neither done nor rejected. For a transfer, whose parties each approve in a
 * called {@code gcp-transfer-approval}, that left a suspended transfer's approvals open (an
 * approver completing one met an engine error from the suspended transfer), and an approval deleted
 * in Cockpit while it was the last one open left the transfer with no step until its approvals
 * expired.
 *
 * <ul>
 *   <li>Suspending or activating: every way Camunda does it (one instance, a list or batch of them,
 *       all of a definition, a definition with its instances, now or at a set time) ends in the
 *       execution manager's suspension update, where this follows it to the called instances
 *       through Camunda's own command for one instance: their tasks, jobs, history and operation
 *       log change as for an instance suspended by hand, and each called instance's own calls
 *       follow in turn. Without authorization checks: who may suspend the caller suspends what it
 *       called.
 *   <li>Deleting one of the instances a multi-instance call activity called is refused, saying to
 *       delete the caller: each of them is one of several answers the caller waits for. The
 *       caller's own end (its deletion, a rejection, a timer) removes them as before: Camunda does
 *       that inside the caller's deletion, not through this method.
 * </ul>
 *
 * Should Camunda rename these methods, EntitlementTransferTest's suspended transfer and deleted
 * approval fail.
 */
@Component
public class CalledInstancesFollowTheirCaller extends AbstractProcessEnginePlugin {
  private static final Logger SUSPENSIONS =
      LoggerFactory.getLogger(CalledInstancesFollowTheirCaller.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, ExecutionManager.class, Executions.class);
  }

  /** Camunda's execution manager, whose suspensions and deletions follow the calls. */
  public static class Executions extends ExecutionManager {
    // A deployment or definition deleted with its instances takes its callers' calls with it.
    private boolean deletingDefinitions;

    @Override
    public void deleteProcessInstancesByProcessDefinition(
        String processDefinitionId,
        String deleteReason,
        boolean cascade,
        boolean skipCustomListeners,
        boolean skipIoMappings) {
      deletingDefinitions = true;
      try {
        super.deleteProcessInstancesByProcessDefinition(
            processDefinitionId, deleteReason, cascade, skipCustomListeners, skipIoMappings);
      } finally {
        deletingDefinitions = false;
      }
    }

    @Override
    public void deleteProcessInstance(
        String processInstanceId,
        String deleteReason,
        boolean cascade,
        boolean skipCustomListeners,
        boolean externallyTerminated,
        boolean skipIoMappings,
        boolean skipSubprocesses) {
      ExecutionEntity instance = findExecutionById(processInstanceId);
      ExecutionEntity caller = instance == null ? null : instance.getSuperExecution();
      if (!deletingDefinitions
          && caller != null
          && !instance.isRemoved()
          && !caller.isRemoved()
          && caller.getActivity().isMultiInstance()) {
        throw new BadUserRequestException(
            "Process instance "
                + processInstanceId
                + " is one of the answers that process instance "
                + caller.getProcessInstanceId()
                + " waits for at '"
                + caller.getActivity().getName()
                + "'; it is not deleted alone: delete process instance "
                + caller.getProcessInstanceId()
                + " instead.");
      }
      super.deleteProcessInstance(
          processInstanceId,
          deleteReason,
          cascade,
          skipCustomListeners,
          externallyTerminated,
          skipIoMappings,
          skipSubprocesses);
    }

    @Override
    public void updateExecutionSuspensionStateByProcessInstanceId(
        String processInstanceId, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessInstanceId(processInstanceId, state);
      followCalls(List.of(processInstanceId), state);
    }

    @Override
    public void updateExecutionSuspensionStateByProcessDefinitionId(
        String processDefinitionId, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessDefinitionId(processDefinitionId, state);
      if (callsOthers(List.of(processDefinitionId))) {
        ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
        query.processDefinitionId(processDefinitionId);
        followCalls(instances(query), state);
      }
    }

    @Override
    public void updateExecutionSuspensionStateByProcessDefinitionKey(
        String processDefinitionKey, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessDefinitionKey(processDefinitionKey, state);
      if (callsOthers(versionsOf(processDefinitionKey))) {
        ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
        query.processDefinitionKey(processDefinitionKey);
        followCalls(instances(query), state);
      }
    }

    @Override
    public void updateExecutionSuspensionStateByProcessDefinitionKeyAndTenantId(
        String processDefinitionKey, String tenantId, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessDefinitionKeyAndTenantId(
          processDefinitionKey, tenantId, state);
      if (!callsOthers(versionsOf(processDefinitionKey))) {
        return;
      }
      ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
      query.processDefinitionKey(processDefinitionKey);
      if (tenantId == null) {
        query.withoutTenantId();
      } else {
        query.tenantIdIn(tenantId);
      }
      followCalls(instances(query), state);
    }

    /**
     * Read whoever suspends: an instance it may not read is suspended with its caller all the same.
     */
    private List<String> instances(ProcessInstanceQueryImpl query) {
      return getCommandContext()
          .runWithoutAuthorization(() -> findProcessInstancesByQueryCriteria(query, null))
          .stream()
          .map(ProcessInstance::getId)
          .toList();
    }

    private List<String> versionsOf(String processDefinitionKey) {
      return getCommandContext()
          .getProcessDefinitionManager()
          .findProcessDefinitionsByKey(processDefinitionKey)
          .stream()
          .map(ProcessDefinition::getId)
          .toList();
    }

    /**
     * Whether a diagram calls another anywhere: suspending all instances of one that does not (an
     * order's delivery) looks for no called instances, one query per instance.
     */
    private boolean callsOthers(List<String> processDefinitionIds) {
      DeploymentCache diagrams =
          getCommandContext().getProcessEngineConfiguration().getDeploymentCache();
      return processDefinitionIds.stream()
          .map(diagrams::findDeployedProcessDefinitionById)
          .anyMatch(CalledInstancesFollowTheirCaller::hasCallActivity);
    }

    private void followCalls(List<String> callers, SuspensionState state) {
      boolean suspending = state.getStateCode() == SuspensionState.SUSPENDED.getStateCode();
      for (String caller : callers) {
        ProcessInstanceQueryImpl calls = new ProcessInstanceQueryImpl();
        calls.superProcessInstanceId(caller);
        for (String called : instances(calls)) {
          UpdateProcessInstanceSuspensionStateBuilderImpl instance =
              new UpdateProcessInstanceSuspensionStateBuilderImpl().byProcessInstanceId(called);
          getCommandContext()
              .runWithoutAuthorization(
                  suspending
                      ? new SuspendProcessInstanceCmd(instance)
                      : new ActivateProcessInstanceCmd(instance));
          SUSPENSIONS.info(
              "Process instance {} {} with {}, which called it",
              called,
              suspending ? "suspended" : "activated",
              caller);
        }
      }
    }
  }

  private static boolean hasCallActivity(ScopeImpl scope) {
    return scope.getActivities().stream()
        .anyMatch(
            activity ->
                activity.getActivityBehavior() instanceof CallActivityBehavior
                    || hasCallActivity(activity));
  }
}
