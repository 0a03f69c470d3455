package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.transfer.EarlierApprovalsHistoryWithdrawn;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ALL-2: what a new task's assignee is granted when the assignee is the order's seller or customer.
 *
 * <p>Camunda grants every assignee the task and the task's history, each after looking up whether
 * the grant exists already: four statements per task. A party of an order reads the history of the
 * whole instance already ({@link OrderAccess} grants it when the instance starts; Camunda's history
 * queries accept that grant for the instance's tasks), and a task created in the running command
 * can hold no grant yet: so such a task gets its one task grant, inserted without a lookup.
 * Reassignments, and assignees who are not parties, get Camunda's grants as before; but an approval
 * task of a transfer still running on the version before approvals ran in their own instances gets
 * the task grant alone, as its history would open the transfer's ({@link
 * EarlierApprovalsHistoryWithdrawn}).
 *
 * <p>It stands in for Camunda's own grants, so every Camunda upgrade puts it at risk (a grant or a
 * query's check changed): {@code SpeedReplacementsDecideAsCamundaTest} compares what each user may
 * do and see under it with Camunda's own grants.
 */
@Component
class PartiesTaskGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {
    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(
        Task task, String groupId, String userId) {
      if (userId == null
          || !isNew(task)
          || !(isPartyOfOrder(task, userId)
              || EarlierApprovalsHistoryWithdrawn.isEarlierApproval(task))) {
        return super.createOrUpdateAuthorizations(task, groupId, userId);
      }
      return new AuthorizationEntity[] {
        createAuthorization(
            userId,
            null,
            TASK,
            task.getId(),
            getRuntimePermissions(isEnforceSpecificVariablePermission()))
      };
    }

    private static boolean isNew(Task task) {
      return Context.getCommandContext()
          .getDbEntityManager()
          .getDbEntityCache()
          .isTransient((TaskEntity) task);
    }

    private static boolean isPartyOfOrder(Task task, String userId) {
      ExecutionEntity execution = ((TaskEntity) task).getExecution();
      // OrderAccess grants the instances an order starts, not the ones they would call.
      return execution != null
          && execution.getProcessInstance().getSuperExecutionId() == null
          && (Objects.equals(userId, execution.getVariable(OrderVariables.SELLER_ID))
              || Objects.equals(userId, execution.getVariable(OrderVariables.CUSTOMER_ID)));
    }
  }
}
