package com.deliverysupervision.order;

import java.time.OffsetDateTime;

/** A renewal that extended an order's validity (LIC-7). */
public record Renewal(
    String renewalId,
    String orderId,
    String renewedPeriod,
    OffsetDateTime validUntilBefore,
    OffsetDateTime validUntilAfter,
    OffsetDateTime renewedAt) {}
