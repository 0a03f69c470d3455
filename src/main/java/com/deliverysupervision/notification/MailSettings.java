package com.deliverysupervision.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications leave by e-mail ({@code delivery.notifications.mail.*}); the SMTP server itself
 * is Spring Boot's {@code spring.mail.*}, and e-mail is on when {@code spring.mail.host} is set.
 *
 * @param from the sender address of every e-mail
 * @param pollInterval how often a node looks for e-mails to send
 * @param batchSize how many e-mails a node claims and sends over one SMTP connection
 * @param claimTime how long a claimed e-mail is left to its sender; a sender that crashed gives its
 *     claims up after this, and another sends them
 * @param firstRetryWait the wait after the first failed attempt, doubled after each further one
 * @param longestRetryWait the longest wait between two attempts
 * @param attempts after this many failed attempts the e-mail is FAILED, until an operator retries
 */
@ConfigurationProperties("delivery.notifications.mail")
record MailSettings(
    String from,
    Duration pollInterval,
    int batchSize,
    Duration claimTime,
    Duration firstRetryWait,
    Duration longestRetryWait,
    int attempts) {

  /** The wait before the next attempt after {@code failedAttempts} failed ones. */
  Duration waitAfter(int failedAttempts) {
    Duration wait = firstRetryWait.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    return wait.compareTo(longestRetryWait) > 0 ? longestRetryWait : wait;
  }
}
