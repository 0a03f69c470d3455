package com.deliverysupervision.notification;

import java.time.OffsetDateTime;

/**
 * A message in its recipient's inbox (ALL-5).
 *
 * @param message the kind, the name of its template
 * @param link where to act on it: the task in Tasklist, or the order in the API
 * @param readAt when the recipient marked it read; none while unread
 */
public record Notification(
    String notificationId,
    String message,
    String subject,
    String body,
    String orderId,
    String link,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {}
