package com.deliverysupervision.transfer;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Records each party's decision on "Approve the transfer" as it completes (GCP-2, GCP-5), so that
 * every party sees who has approved: {@code ${transferApprovals.record(task)}} on the task's
 * complete event. The task runs in the party's own transfer approval ({@code
 * gcp-transfer-approval}), which names its transfer ({@code transferId}); the transfer reads the
 * decision back through the call's output.
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
    String transferId = (String) task.getVariable(EntitlementTransfer.TRANSFER_ID);
    if (transferId == null) {
      // A transfer started before approvals ran in their own instances: its task is the
      // transfer's, and that version of the diagram reads the rejection from the transfer.
      transferId = task.getProcessInstanceId();
      if (rejected) {
        task.getExecution().setVariable(EntitlementTransfer.REJECTED, true);
      }
    }
    // The party's: an administrator may have given its task to someone else to complete.
    String approver = (String) task.getVariable(EntitlementTransfer.APPROVER);
    boolean recorded =
        entitlements.decide(
            transferId,
            approver,
            rejected ? "REJECTED" : "APPROVED",
            rejected ? reasonOf(task) : null,
            clock.now());
    if (!recorded) {
      throw new IllegalStateException(
          "Transfer " + transferId + " has no pending approval of " + approver + " to record");
    }
  }

  /**
   * The rejection's reason, if it is text. This listener runs before the form's checks (the task
   * activity's end): a reason of another type is refused by them, and this record rolls back with
   * the completion.
   */
  private static String reasonOf(DelegateTask task) {
    return task.getVariable(EntitlementTransfer.REJECTION_REASON) instanceof String reason
        ? reason
        : null;
  }

  /**
   * GCP-2: whether every party's approval is on record, the diagram's "All approved?" (${
   * transferApprovals.allApproved(execution)}). The record decides, not how the approvals ended: an
   * approval an administrator deleted in Cockpit ends without a decision, as if approved, for
   * Camunda's multi-instance.
   */
  public boolean allApproved(DelegateExecution transfer) {
    return entitlements.approvalsOf(transfer.getProcessInstanceId()).stream()
        .allMatch(approval -> "APPROVED".equals(approval.decision()));
  }
}
