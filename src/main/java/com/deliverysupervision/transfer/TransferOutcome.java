package com.deliverysupervision.transfer;

import com.deliverysupervision.notification.Notify;
import com.deliverysupervision.rules.EngineClock;
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

  TransferOutcome(EntitlementRepository entitlements, EngineClock clock, Notify notify) {
    this.entitlements = entitlements;
    this.clock = clock;
    this.notify = notify;
  }

  /**
   * Cancelled by an administrator: ended with the cancellation's reason, and its parties told
   * (ALL-5), as the diagram's end events tell them of the other ends: every approver once they were
   * determined, else the customer and the ISV.
   */
  void cancelled(DelegateExecution execution, String reason) {
    entitlements.end(execution.getProcessInstanceId(), "CANCELLED", reason, clock.now());
    notify.send(
        execution,
        "transferCancelled",
        execution.hasVariable(EntitlementTransfer.APPROVERS)
            ? EntitlementTransfer.APPROVERS
            : "parties");
    log.info(
        "Transfer {} of entitlement {} cancelled: {}",
        execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(),
        reason);
  }

  /** The reason is the ISV's when it declined, the party's when one rejected. */
  public void end(DelegateExecution execution, String state) {
    String transferId = execution.getProcessInstanceId();
    String reason =
        switch (state) {
          case "DECLINED" -> (String) execution.getVariable(EntitlementTransfer.DECLINE_REASON);
          case "REJECTED" ->
              entitlements.approvalsOf(transferId).stream()
                  .filter(approval -> "REJECTED".equals(approval.decision()))
                  .map(approval -> "rejected by " + approval.approver() + ": " + approval.reason())
                  .findFirst()
                  .orElse(null);
          default -> null;
        };
    entitlements.end(transferId, state, reason, clock.now());
    log.info(
        "Transfer {} of entitlement {} ended: {}",
        transferId,
        execution.getProcessBusinessKey(),
        state);
  }
}
