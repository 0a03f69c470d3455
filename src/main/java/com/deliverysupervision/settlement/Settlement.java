package com.deliverysupervision.settlement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What a seller is settled for one completed license order (REL-2). */
public record Settlement(
    String orderId,
    String sellerId,
    BigDecimal amount,
    String currency,
    String completedMonth,
    String settledMonth,
    OffsetDateTime settledAt) {}
