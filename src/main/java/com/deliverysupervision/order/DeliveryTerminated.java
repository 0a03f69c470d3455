package com.deliverysupervision.order;

/**
 * ALI-1: an order was closed because its delivery was terminated; published in the transaction that
 * closed it.
 *
 * @param reason the termination's reason; none when not given
 */
public record DeliveryTerminated(
    String orderId, String sellerId, String customerId, String reason) {}
