package com.deliverysupervision.catalogue;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A product as the caller may see it (ALL-2): everyone sees the listed revision; its seller and
 * administrators also the working revision and the release requests.
 *
 * @param status LISTED once a revision is on sale, else the working revision's state (DRAFT or
 *     IN_REVIEW)
 */
public record ProductView(
    String productId,
    String sellerId,
    String status,
    Integer listedRevision,
    ProductDraft listed,
    Integer workingRevision,
    RevisionState workingState,
    ProductDraft working,
    List<ReleaseRequest> releaseRequests,
    OffsetDateTime createdAt) {}
