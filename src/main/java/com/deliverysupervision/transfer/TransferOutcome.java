package com.deliverysupervision.transfer;

import com.deliverysupervision.notification.Notify;
import com.deliverysupervision.rules.EngineClock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a transfer ended, as each end event of the diagram says: {@code
 * ${transferOutcome.end(execution, 'COMPLETED')}}. Ending frees the entitlement for its next
 * transfer.
 */
@Component("transferOutcome")
public class TransferOutcome {
  private static final Logger log = LoggerFactory.getLogger(TransferOutcome.class);

  private final EntitlementRepository entitlements;
  private final EngineClock clock;
  private final Notify notify;
  private final TargetResellerRelations relations;

  TransferOutcome(
      EntitlementRepository entitlements,
      EngineClock clock,
      Notify notify,
      TargetResellerRelations relations) {
    this.entitlements = entitlements;
    this.clock = clock;
    this.notify = notify;
    this.relations = relations;
  }

  /**
   * Who is told of a transfer's end when it can end before approvals were asked (ALL-5): every
   * approver once they were determined, else the customer and the ISV; and the request's contact
   * once the ISV filed it (GCP-4).
   */
  public String partiesOf(DelegateExecution execution) {
    return execution.hasVariable(EntitlementTransfer.APPROVERS)
        ? EntitlementTransfer.APPROVERS + ",contact"
        : "parties,contact";
  }

  /**
   * Cancelled by an administrator: ended with the cancellation's reason, and its parties told as
   * the diagram's "Transfer cancelled" tells them.
   */
  void cancelled(DelegateExecution execution, String reason) {
    entitlements.end(execution.getProcessInstanceId(), "CANCELLED", reason, clock.now());
    relations.withdraw(execution.getProcessInstanceId());
    notify.send(execution, "transferCancelled", partiesOf(execution));
    log.info(
        "Transfer {} of entitlement {} cancelled: {}",
        execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(),
        reason);
  }

  /** Who rejected and why; or, when nobody did, whose approval is missing (GCP-2). */
  private String rejection(String transferId) {
    List<TransferApproval> approvals = entitlements.approvalsOf(transferId);
    return approvals.stream()
        .filter(approval -> "REJECTED".equals(approval.decision()))
        .map(approval -> "rejected by " + approval.approver() + ": " + approval.reason())
        .findFirst()
        .orElseGet(
            () ->
                "not approved by "
                    + String.join(
                        ", ",
                        approvals.stream()
                            .filter(approval -> !"APPROVED".equals(approval.decision()))
                            .map(TransferApproval::approver)
                            .toList()));
  }

  /**
   * The reason is the ISV's when it declined, the party's when one rejected, the marketplace's when
   * it cancelled.
   */
  public void end(DelegateExecution execution, String state) {
    String transferId = execution.getProcessInstanceId();
    String reason =
        switch (state) {
          case "DECLINED" -> (String) execution.getVariable(EntitlementTransfer.DECLINE_REASON);
          case "CANCELLED" ->
              (String) execution.getVariable(EntitlementTransfer.CANCELLATION_REASON);
          case "REJECTED" -> rejection(transferId);
          default -> null;
        };
    entitlements.end(transferId, state, reason, clock.now());
    if (List.of("REJECTED", "EXPIRED", "CANCELLED").contains(state)) {
      relations.withdraw(transferId);
    }
    log.info(
        "Transfer {} of entitlement {} ended: {}",
        transferId,
        execution.getProcessBusinessKey(),
        state);
  }
}
