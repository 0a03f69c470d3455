package com.deliverysupervision.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A renewal that extended an order's validity (LIC-7), with what the customer paid for it; a
 * renewal recorded before renewals carried their amount has none.
 */
public record Renewal(
    String renewalId,
    String orderId,
    String renewedPeriod,
    BigDecimal amount,
    String currency,
    OffsetDateTime validUntilBefore,
    OffsetDateTime validUntilAfter,
    OffsetDateTime renewedAt) {}
