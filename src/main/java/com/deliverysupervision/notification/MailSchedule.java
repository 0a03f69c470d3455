package com.deliverysupervision.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node that executes jobs also sends the outbox's e-mails, every {@code
 * delivery.notifications.mail.poll-interval}; a node without a job executor (and every test) sends
 * none on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    prefix = "camunda.bpm.job-execution",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
class MailSchedule {
  private final MailDelivery delivery;

  MailSchedule(MailDelivery delivery) {
    this.delivery = delivery;
  }

  @Scheduled(
      fixedDelayString = "${delivery.notifications.mail.poll-interval}",
      initialDelayString = "${delivery.notifications.mail.poll-interval}")
  void sendDue() {
    delivery.sendDue();
  }
}
