package com.deliverysupervision.order;

import java.time.OffsetDateTime;

/**
 * LIC-1: what a party looks for among its orders; every criterion is optional.
 *
 * @param orderId part of the order No.
 * @param productName part of the product's name, in any case
 * @param placedFrom placed at or after
 * @param placedTo placed before
 * @param frozen only orders whose delivery an open appeal or dispute froze (SAAS-8, ALI-1)
 */
public record OrderSearch(
    String orderId,
    String productName,
    OrderStatus status,
    OffsetDateTime placedFrom,
    OffsetDateTime placedTo,
    boolean frozen) {

  static final OrderSearch ALL = new OrderSearch(null, null, null, null, null, false);
}
