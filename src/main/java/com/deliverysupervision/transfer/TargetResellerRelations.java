package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.BusinessRelations;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the reseller a transfer would move the order to reads the profiles of the order's customer
 * and ISV while they approve together, and they its; a transfer that ends without moving the order
 * takes that back, unless the reseller does business with them otherwise.
 */
@Component
class TargetResellerRelations {
  private final EntitlementRepository entitlements;
  private final BusinessRelations relations;

  TargetResellerRelations(EntitlementRepository entitlements, BusinessRelations relations) {
    this.entitlements = entitlements;
    this.relations = relations;
  }

  /** When the approvers are determined. */
  void establish(String transferId) {
    Target target = targetOf(transferId);
    if (target.reseller() != null) {
      String cause = BusinessRelations.TRANSFER_CAUSE + transferId;
      relations.establishUntilWithdrawn(
          target.reseller(), target.entitlement().customerId(), cause);
      relations.establishUntilWithdrawn(target.reseller(), target.entitlement().isvId(), cause);
    }
  }

  /** When the transfer ends rejected, expired or cancelled: the order stays where it was. */
  void withdraw(String transferId) {
    Target target = targetOf(transferId);
    if (target.reseller() == null) {
      return;
    }
    for (String other :
        new String[] {target.entitlement().customerId(), target.entitlement().isvId()}) {
      if (!entitlements.relatedApartFrom(transferId, target.reseller(), other)) {
        relations.withdraw(target.reseller(), other);
      }
    }
  }

  private record Target(Entitlement entitlement, String reseller) {}

  private Target targetOf(String transferId) {
    EntitlementRepository.TransferRow transfer = entitlements.transfer(transferId).orElseThrow();
    Entitlement entitlement = entitlements.find(transfer.entitlementId()).orElseThrow();
    return new Target(
        entitlement, transfer.kind().resellerAfter(entitlement, transfer.targetResellerId()));
  }
}
