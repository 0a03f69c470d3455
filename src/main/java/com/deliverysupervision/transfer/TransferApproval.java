package com.deliverysupervision.transfer;

import java.time.OffsetDateTime;

/**
 * One party's approval of a transfer (GCP-2).
 *
 * @param decision PENDING until the party decides, then APPROVED or REJECTED
 */
public record TransferApproval(
    String approver, String decision, String reason, OffsetDateTime decidedAt) {}
