package com.deliverysupervision.operations;

import java.time.OffsetDateTime;

/**
 * A step of an order that is past due or close to an automatic deadline.
 *
 * @param kind TASK: a task whose due date has passed; DEADLINE: a rule timer (automatic
 *     confirmation, customer silence, completion) due within the warning window or already due
 * @param overdue whether the moment has passed
 */
public record OverdueItem(
    String orderId, String step, String kind, OffsetDateTime dueAt, boolean overdue) {}
