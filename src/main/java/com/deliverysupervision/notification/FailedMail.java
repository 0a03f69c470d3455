package com.deliverysupervision.notification;

import java.time.OffsetDateTime;

/**
 * An e-mail whose attempts are used up, for operators.
 *
 * @param mailError why its last attempt failed
 */
public record FailedMail(
    String notificationId,
    String recipient,
    String subject,
    OffsetDateTime createdAt,
    int mailAttempts,
    String mailError) {}
