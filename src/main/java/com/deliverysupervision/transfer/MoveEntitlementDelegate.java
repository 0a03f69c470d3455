package com.deliverysupervision.transfer;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Move the entitlement" (GCP-3): every party approved; the entitlement changes as the transfer
 * asks, once (ALL-4), even when this job runs again after a failure or on two nodes.
 */
@Component
class MoveEntitlementDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(MoveEntitlementDelegate.class);

  private final EntitlementRepository entitlements;
  private final EngineClock clock;

  MoveEntitlementDelegate(EntitlementRepository entitlements, EngineClock clock) {
    this.entitlements = entitlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String transferId = execution.getProcessInstanceId();
    EntitlementRepository.TransferRow transfer = entitlements.transfer(transferId).orElseThrow();
    Entitlement before = entitlements.find(transfer.entitlementId()).orElseThrow();
    EntitlementChange change =
        new EntitlementChange(
            transferId,
            before.entitlementId(),
            transfer.kind(),
            before.billingAccountId(),
            transfer.targetBillingAccountId(),
            before.resellerId(),
            transfer.kind().resellerAfter(before, transfer.targetResellerId()),
            clock.now());
    if (entitlements.applyOnce(change)) {
      log.info(
          "Entitlement {} moved by transfer {}: billing account {} -> {}, reseller {} -> {}",
          before.entitlementId(),
          transferId,
          change.billingAccountBefore(),
          change.billingAccountAfter(),
          change.resellerBefore(),
          change.resellerAfter());
    }
  }
}
