package com.deliverysupervision.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An order placed on the marketplace and the delivery that follows it. */
public record Order(
    String orderId,
    String productId,
    String specification,
    String sellerId,
    String customerId,
    BigDecimal amount,
    String currency,
    OrderStatus status,
    String deliveryTemplate,
    String deliveryId,
    String processInstanceId,
    OffsetDateTime placedAt,
    OffsetDateTime completedAt,
    /** ISO-8601 period bought for a yearly/monthly product (P1Y, P1M); none for one-time ones. */
    String purchasedPeriod,
    OffsetDateTime validFrom,
    OffsetDateTime validUntil,
    /** ALI-3: the product's warranty period, ISO-8601; none for products without one. */
    String warrantyPeriod,
    /** REL-1: the catalogue revision of the product it was placed with; none outside it. */
    Integer productRevision,
    /** LIC-1: the product's name in that revision; none outside the catalogue. */
    String productName,
    /** REL-3: when the delivery period ends; none for orders without one. */
    OffsetDateTime deliveryDueAt,
    /** REL-3: whether the period passed before the seller delivered. */
    boolean deliveryOverdue) {

  /** This order, run by the given process instance. */
  public Order startedAs(String processInstanceId) {
    return new Order(
        orderId,
        productId,
        specification,
        sellerId,
        customerId,
        amount,
        currency,
        status,
        deliveryTemplate,
        deliveryId,
        processInstanceId,
        placedAt,
        completedAt,
        purchasedPeriod,
        validFrom,
        validUntil,
        warrantyPeriod,
        productRevision,
        productName,
        deliveryDueAt,
        deliveryOverdue);
  }

  /** Whether the user takes part in this order as its seller or its customer. */
  public boolean isParty(String userId) {
    return sellerId.equals(userId) || customerId.equals(userId);
  }
}
