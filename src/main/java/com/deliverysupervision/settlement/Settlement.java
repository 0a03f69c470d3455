package com.deliverysupervision.settlement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What a seller is settled for one completed license order, or for one renewal of it (REL-2,
 * LIC-7): {@code renewalId} names the renewal, and {@code completedMonth} is then the month it was
 * made in; it is null for the order's own amount.
 */
public record Settlement(
    String orderId,
    String renewalId,
    String sellerId,
    BigDecimal amount,
    String currency,
    String completedMonth,
    String settledMonth,
    OffsetDateTime settledAt) {}
