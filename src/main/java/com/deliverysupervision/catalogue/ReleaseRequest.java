package com.deliverysupervision.catalogue;

import java.time.OffsetDateTime;

/**
 * A request to release a revision of a product and the review's result (REL-7): the message the
 * seller reads, with the reason.
 *
 * @param outcome APPROVED, REJECTED or WITHDRAWN; none while the review is pending
 */
public record ReleaseRequest(
    String requestId,
    String productId,
    int revision,
    OffsetDateTime submittedAt,
    OffsetDateTime reviewDueAt,
    String outcome,
    String reason,
    String decidedBy,
    OffsetDateTime decidedAt) {}
