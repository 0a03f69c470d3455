package com.deliverysupervision.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** LIC-7: the marketplace renewed an order; published in the transaction that renewed it. */
public record OrderRenewed(
    String renewalId,
    String orderId,
    String sellerId,
    String customerId,
    String period,
    BigDecimal amount,
    String currency,
    OffsetDateTime validUntil) {}
