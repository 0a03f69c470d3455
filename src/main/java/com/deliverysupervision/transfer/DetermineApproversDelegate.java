package com.deliverysupervision.transfer;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Determine who must approve" (GCP-2): from the entitlement and the transfer as filed, never from
 * the instance's variables, which a submission could have set.
 */
@Component
class DetermineApproversDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(DetermineApproversDelegate.class);

  private final EntitlementRepository entitlements;
  private final TransferApprovers approvers;
  private final TargetResellerRelations relations;

  DetermineApproversDelegate(
      EntitlementRepository entitlements,
      TransferApprovers approvers,
      TargetResellerRelations relations) {
    this.entitlements = entitlements;
    this.approvers = approvers;
    this.relations = relations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String transferId = execution.getProcessInstanceId();
    EntitlementRepository.TransferRow transfer = entitlements.transfer(transferId).orElseThrow();
    Entitlement entitlement = entitlements.find(transfer.entitlementId()).orElseThrow();
    List<String> who = approvers.of(entitlement, transfer.kind(), transfer.targetResellerId());
    entitlements.insertApprovers(transferId, who);
    relations.establish(transferId);
    execution.setVariable(EntitlementTransfer.APPROVERS, who);
    log.info("Transfer {} waits for the approval of {}", transferId, who);
  }
}
