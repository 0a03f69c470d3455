package com.deliverysupervision.transfer;

import java.time.OffsetDateTime;

/** One change of an entitlement, by the transfer that made it (GCP-3). */
public record EntitlementChange(
    String transferId,
    String entitlementId,
    TransferKind kind,
    String billingAccountBefore,
    String billingAccountAfter,
    String resellerBefore,
    String resellerAfter,
    OffsetDateTime changedAt) {}
