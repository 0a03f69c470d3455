package com.deliverysupervision.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The outbox as operators watch it, read when scraped from the database (every node reports the
 * same): e-mails waiting to be sent, and those failed for good until an operator retries them.
 */
@Component
class MailMetrics implements MeterBinder {
  private final MailOutbox outbox;

  MailMetrics(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String state : List.of("PENDING", "SENDING", "FAILED")) {
      Gauge.builder("delivery.notifications.mail", () -> outbox.countIn(state))
          .description("E-mails of notifications by state of their delivery")
          .tag("state", state)
          .register(registry);
    }
  }
}
