package com.deliverysupervision.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * SAAS-3: what the customer is billed for one completed order, or for one renewal of it (LIC-7):
 * {@code renewalId} names the renewal; it is null for the order's own amount.
 */
public record Bill(
    String orderId,
    String renewalId,
    String billingCycle,
    BigDecimal amount,
    String currency,
    OffsetDateTime generatedAt) {}
