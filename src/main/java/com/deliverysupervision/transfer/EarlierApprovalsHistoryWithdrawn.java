package com.deliverysupervision.transfer;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ALL-2: before each party approved a transfer in an approval of its own, its "Approve the
 * transfer" task was the transfer's, and Camunda granted its assignee the task's history: which
 * opens the history of every variable of the task's instance (Camunda's historic variable query
 * joins the task by instance), so a reseller that approved such a transfer read the customer's
 * message, the ISV's answers and the request's contact until the history was removed. Those grants
 * are withdrawn at start; the customer and the ISV read the transfer's history through their grant
 * on the instance, and the approvals are kept by the application ({@code ds_transfer_approval}).
 * Such tasks created later, by transfers still running on that version, get no history grant
 * ({@code PartiesTaskGrants}).
 */
@Component
public class EarlierApprovalsHistoryWithdrawn {
  private static final String EARLIER_APPROVAL_TASK = "Task_ApproveTransfer";
  private static final Logger log = LoggerFactory.getLogger(EarlierApprovalsHistoryWithdrawn.class);

  private final JdbcClient jdbc;

  EarlierApprovalsHistoryWithdrawn(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the new task is such an approval, which gets no history grant. */
  public static boolean isEarlierApproval(Task task) {
    ExecutionEntity execution = ((TaskEntity) task).getExecution();
    return EARLIER_APPROVAL_TASK.equals(task.getTaskDefinitionKey())
        && execution != null
        && EntitlementTransfer.PROCESS_KEY.equals(execution.getProcessDefinition().getKey());
  }

  @EventListener(ApplicationStartedEvent.class)
  void withdraw() {
    // In SQL: each node runs it as it starts, and deleting what another deleted changes nothing.
    int withdrawn =
        jdbc.sql(
                "delete from ACT_RU_AUTHORIZATION where TYPE_ = ? and RESOURCE_TYPE_ = ?"
                    + " and RESOURCE_ID_ in (select ID_ from ACT_HI_TASKINST"
                    + " where TASK_DEF_KEY_ = ? and PROC_DEF_KEY_ = ?)")
            .params(
                Authorization.AUTH_TYPE_GRANT,
                HISTORIC_TASK.resourceType(),
                EARLIER_APPROVAL_TASK,
                EntitlementTransfer.PROCESS_KEY)
            .update();
    if (withdrawn > 0) {
      log.info(
          "{} history grants of approvals of earlier transfers withdrawn: they opened the"
              + " transfer's whole history (ALL-2)",
          withdrawn);
    }
  }
}
