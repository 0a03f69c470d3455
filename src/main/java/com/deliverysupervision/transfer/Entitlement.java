package com.deliverysupervision.transfer;

import java.time.OffsetDateTime;

/**
 * A Google Cloud Marketplace order's entitlement (GCP-1): who uses the product, billed to which
 * Cloud Billing account, sold by which ISV, through which reseller.
 *
 * @param customerId the customer's user
 * @param isvId the seller's (ISV's) user
 * @param resellerId the reseller's user; none for a direct order
 * @param state ACTIVE while the order runs; only an active entitlement is transferred
 * @param stateReason why the marketplace last changed the state; none before it did
 */
public record Entitlement(
    String entitlementId,
    String orderId,
    String customerId,
    String customerCompany,
    String isvId,
    String offerId,
    String productId,
    String billingAccountId,
    String resellerId,
    EntitlementState state,
    OffsetDateTime createdAt,
    String stateReason,
    OffsetDateTime stateChangedAt) {

  boolean isActive() {
    return state == EntitlementState.ACTIVE;
  }

  /**
   * ALL-2: what a reseller reads that was asked to approve one of its transfers and is none of its
   * parties, once no transfer it approves is in progress: whose entitlement it is, not what it
   * holds now (its billing account, reseller, state, offer, product, order).
   */
  Entitlement withoutCurrentFacts() {
    return new Entitlement(
        entitlementId,
        null,
        customerId,
        customerCompany,
        isvId,
        null,
        null,
        null,
        null,
        null,
        createdAt,
        null,
        null);
  }
}
