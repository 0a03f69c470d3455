package com.deliverysupervision.notification;

import java.time.OffsetDateTime;

/** A reminder sent to the seller (SAAS-11), and when the next one is possible. */
public record Reminder(
    String orderId, String step, OffsetDateTime sentAt, OffsetDateTime nextPossibleAt) {}
