package com.deliverysupervision.process;

import java.util.List;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ActivateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.runtime.UpdateProcessInstanceSuspensionStateBuilderImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Suspending or activating a process instance does the same to the instances it called (ALL-3):
 * Camunda's suspension stops at the instance, so that a transfer suspended in Cockpit left its
 * parties' approvals (each a called {@code gcp-transfer-approval}) open, and an approver completing
 * one met an engine error from the suspended transfer. Every way Camunda suspends instances (one
 * instance, a list or batch of them, all of a definition, a definition with its instances, now or
 * at a set time) ends in the execution manager's suspension update, where this follows it to the
 * called instances, through Camunda's own command for one instance: their tasks, jobs, history and
 * operation log change as for an instance suspended by hand, and each called instance's own calls
 * follow in turn. Without authorization checks: who may suspend the caller suspends what it called.
 * Should Camunda rename these methods, EntitlementTransferTest's suspended transfer fails.
 */
@Component
public class SuspensionReachesCalledInstances extends AbstractProcessEnginePlugin {
  private static final Logger SUSPENSIONS =
      LoggerFactory.getLogger(SuspensionReachesCalledInstances.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactories.replace(configuration, ExecutionManager.class, Executions.class);
  }

  /** Camunda's execution manager, whose suspension updates reach the called instances. */
  public static class Executions extends ExecutionManager {

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
      ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
      query.processDefinitionId(processDefinitionId);
      followCalls(instances(query), state);
    }

    @Override
    public void updateExecutionSuspensionStateByProcessDefinitionKey(
        String processDefinitionKey, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessDefinitionKey(processDefinitionKey, state);
      ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
      query.processDefinitionKey(processDefinitionKey);
      followCalls(instances(query), state);
    }

    @Override
    public void updateExecutionSuspensionStateByProcessDefinitionKeyAndTenantId(
        String processDefinitionKey, String tenantId, SuspensionState state) {
      super.updateExecutionSuspensionStateByProcessDefinitionKeyAndTenantId(
          processDefinitionKey, tenantId, state);
      ProcessInstanceQueryImpl query = new ProcessInstanceQueryImpl();
      query.processDefinitionKey(processDefinitionKey);
      if (tenantId == null) {
        query.withoutTenantId();
      } else {
        query.tenantIdIn(tenantId);
      }
      followCalls(instances(query), state);
    }

    private List<String> instances(ProcessInstanceQueryImpl query) {
      return findProcessInstancesByQueryCriteria(query, null).stream()
          .map(ProcessInstance::getId)
          .toList();
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
}
