package com.deliverysupervision.transfer;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Records each party's decision on "Approve the transfer" as it completes (GCP-2, GCP-5), so that
 * every party sees who has approved, and marks the transfer rejected on a rejection, for the
 * diagram's "All approved?": {@code ${transferApprovals.record(task)}} on the task's complete
 * event. Camunda takes no output mapping on a multi-instance task.
 */
@Component("transferApprovals")
public class TransferApprovals {
  private final EntitlementRepository entitlements;
  private final EngineClock clock;

  TransferApprovals(EntitlementRepository entitlements, EngineClock clock) {
    this.entitlements = entitlements;
    this.clock = clock;
  }

  public void record(DelegateTask task) {
    boolean rejected = "reject".equals(task.getVariable(EntitlementTransfer.APPROVAL));
    entitlements.decide(
        task.getProcessInstanceId(),
        task.getAssignee(),
        rejected ? "REJECTED" : "APPROVED",
        rejected ? (String) task.getVariable(EntitlementTransfer.REJECTION_REASON) : null,
        clock.now());
    if (rejected) {
      // The variable is the instance's (set when the transfer starts): this sets it there.
      task.getExecution().setVariable(EntitlementTransfer.REJECTED, true);
    }
  }
}
