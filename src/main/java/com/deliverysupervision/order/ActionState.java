package com.deliverysupervision.order;

/**
 * Whether the caller may take an action on an order now, and why not.
 *
 * @param reason what the action would answer; none when allowed
 */
public record ActionState(String action, boolean allowed, String reason) {}
