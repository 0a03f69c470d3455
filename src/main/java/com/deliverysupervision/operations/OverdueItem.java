package com.deliverysupervision.operations;

import java.time.OffsetDateTime;

/**
 * A step of an order, or of a product's release review (REL-7), that is past due or close to an
 * automatic deadline, or an order past its delivery period (REL-3).
 *
 * @param orderId the order, for a delivery or an appeal
 * @param productId the product, for a release review
 * @param kind TASK: a task whose due date has passed; DEADLINE: a rule timer (automatic
 *     confirmation, customer silence, completion) due within the warning window or already due;
 *     DELIVERY_PERIOD: an order whose delivery period passed before the seller delivered
 * @param overdue whether the moment has passed
 */
public record OverdueItem(
    String orderId,
    String productId,
    String step,
    String kind,
    OffsetDateTime dueAt,
    boolean overdue) {}
