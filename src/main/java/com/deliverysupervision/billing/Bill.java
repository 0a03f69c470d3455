package com.deliverysupervision.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** SAAS-3: what the customer is billed for one completed order. */
public record Bill(
    String orderId,
    String billingCycle,
    BigDecimal amount,
    String currency,
    OffsetDateTime generatedAt) {}
