package com.deliverysupervision.transfer;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a task of a transfer may not change who its parties are or what it transfers, since tasks
 * are assigned through {@code ${sellerId}} and {@code ${customerId}}; the ISV's filing and its
 * answers to the marketplace may change the targets, which must still fit the entitlement (GCP-1,
 * GCP-4).
 */
@Component
class TransferFactsUnchanged implements UserTaskCompletionHook {
  private final EntitlementRepository entitlements;
  private final TransferTerms terms;

  TransferFactsUnchanged(EntitlementRepository entitlements, TransferTerms terms) {
    this.entitlements = entitlements;
    this.terms = terms;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    if (!EntitlementTransfer.PROCESS_KEY.equals(task.processKey())) {
      return;
    }
    String transferId = task.execution().getProcessInstanceId();
    EntitlementRepository.TransferRow transfer = entitlements.transfer(transferId).orElseThrow();
    Entitlement entitlement = entitlements.find(transfer.entitlementId()).orElseThrow();
    Map<String, Object> facts =
        Map.of(
            EntitlementTransfer.ENTITLEMENT_ID, entitlement.entitlementId(),
            EntitlementTransfer.KIND, transfer.kind().name(),
            OrderVariables.SELLER_ID, entitlement.isvId(),
            OrderVariables.CUSTOMER_ID, entitlement.customerId());
    facts.forEach(
        (fact, value) -> {
          if (!Objects.equals(task.variable(fact), value)) {
            throw task.refused(
                fact,
                "this transfer is a "
                    + transfer.kind()
                    + " transfer of entitlement "
                    + entitlement.entitlementId()
                    + "; its "
                    + fact
                    + " cannot be changed.");
          }
        });
    String targetBillingAccount =
        (String) task.variable(EntitlementTransfer.TARGET_BILLING_ACCOUNT);
    String targetReseller = (String) task.variable(EntitlementTransfer.TARGET_RESELLER);
    if (!Objects.equals(targetBillingAccount, transfer.targetBillingAccountId())
        || !Objects.equals(blankToNull(targetReseller), transfer.targetResellerId())) {
      terms.check(entitlement, transfer.kind(), targetBillingAccount, targetReseller);
      entitlements.updateTargets(transferId, targetBillingAccount, targetReseller);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
