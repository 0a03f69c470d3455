package com.deliverysupervision.transfer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A transfer as its parties follow it.
 *
 * @param state IN_PROGRESS, then COMPLETED, REJECTED (by a party, GCP-5), DECLINED (by the ISV) or
 *     EXPIRED (approvals not in time), CANCELLED (by an administrator)
 * @param waitingAt the steps it waits at while in progress
 * @param approvals who must approve and what each decided, once the marketplace processed it
 */
public record Transfer(
    String transferId,
    String entitlementId,
    TransferKind kind,
    String requestedBy,
    OffsetDateTime requestedAt,
    String targetBillingAccountId,
    String targetResellerId,
    String state,
    String reason,
    OffsetDateTime endedAt,
    List<String> waitingAt,
    List<TransferApproval> approvals) {}
