package com.deliverysupervision.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends the outbox's e-mails to the SMTP server (ALL-5), each once (ALL-4): claimed by one node,
 * handed to SMTP, marked sent at once (tried again a few times if the database fails for a moment).
 * An e-mail is sent again only when its sender could not mark it after handing it over (it crashed,
 * or its database stayed away): another node sends it once the claim ran out, with the same {@code
 * X-Delivery-Notification} header, by which a mail server can drop the copy. A server that is down
 * delays e-mails and loses none.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class MailDelivery {
  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  private static final int MARK_SENT_ATTEMPTS = 3;

  private final MailOutbox outbox;
  private final MailSettings settings;
  private final IdentityService identityService;
  private final JavaMailSenderImpl smtp;

  MailDelivery(
      MailOutbox outbox,
      MailSettings settings,
      IdentityService identityService,
      ObjectProvider<JavaMailSenderImpl> smtp,
      @Value("${spring.mail.host:}") String host) {
    this.outbox = outbox;
    this.settings = settings;
    this.identityService = identityService;
    // Spring Boot configures a sender for any spring.mail.host, even an empty one.
    this.smtp = StringUtils.hasText(host) ? smtp.getIfAvailable() : null;
  }

  /** Whether notifications leave by e-mail too; else they reach the inbox only. */
  public boolean isOn() {
    return smtp != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void sayWhetherOn() {
    if (isOn()) {
      log.info(
          "E-mail notifications go to the SMTP server {}:{} from {}",
          smtp.getHost(),
          smtp.getPort(),
          settings.from());
    } else {
      log.info("E-mail notifications are off (spring.mail.host is not set): inbox only");
    }
  }

  /** Sends every e-mail due now, a batch per SMTP connection; how many were sent. */
  public int sendDue() {
    if (!isOn()) {
      return 0;
    }
    int sent = 0;
    MailOutbox.Batch batch;
    do {
      batch = outbox.claimDue(settings.batchSize());
      Sending sending = send(batch.claimed());
      sent += sending.sent();
      if (!sending.serverReached()) {
        // The rest waits for its retry time too.
        break;
      }
    } while (batch.due() == settings.batchSize());
    if (sent > 0) {
      log.info("{} e-mails sent to the SMTP server {}:{}", sent, smtp.getHost(), smtp.getPort());
    }
    return sent;
  }

  record Sending(boolean serverReached, int sent) {}

  /** Package-private: a test plays a sender that claimed the batch long ago. */
  Sending send(List<MailOutbox.Outgoing> batch) {
    if (batch.isEmpty()) {
      return new Sending(true, 0);
    }
    Map<String, String> addresses = addressesOf(batch);
    int sent = 0;
    try (Transport transport = smtp.getSession().getTransport(smtp.getProtocol())) {
      transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
      for (MailOutbox.Outgoing mail : batch) {
        String address = mail.mailTo() != null ? mail.mailTo() : addresses.get(mail.recipient());
        if (!StringUtils.hasText(address)) {
          outbox.markWithoutAddress(mail);
          continue;
        }
        if (!outbox.renewClaim(mail)) {
          log.info(
              "E-mail of notification {} left to the sender that claimed it after this one's"
                  + " claim ran out",
              mail.notificationId());
          continue;
        }
        try {
          MimeMessage message = compose(mail, address);
          transport.sendMessage(message, message.getAllRecipients());
          markSentAfterHandover(mail);
          sent++;
        } catch (MessagingException e) {
          failed(mail, e);
        }
      }
    } catch (MessagingException e) {
      // Not connected, or closing failed: what is still claimed waits for its next attempt.
      log.warn(
          "The SMTP server {}:{} cannot be reached ({}); e-mails wait for their next attempt",
          smtp.getHost(),
          smtp.getPort(),
          e.getMessage());
      batch.forEach(mail -> outbox.markAttemptFailed(mail, e.getMessage()));
      return new Sending(false, sent);
    }
    return new Sending(true, sent);
  }

  /**
   * The SMTP server has the e-mail: a database failing for a moment must not leave it claimed, or
   * another node would send it again once the claim ran out. Tried a few times, a little apart.
   */
  private void markSentAfterHandover(MailOutbox.Outgoing mail) {
    for (int attempt = 1; ; attempt++) {
      try {
        outbox.markSent(mail);
        return;
      } catch (DataAccessException e) {
        if (attempt == MARK_SENT_ATTEMPTS) {
          log.error(
              "E-mail of notification {} went to the SMTP server but cannot be marked sent ({});"
                  + " it is sent again once its claim runs out",
              mail.notificationId(),
              e.getMessage());
          throw e;
        }
        log.warn(
            "E-mail of notification {} went to the SMTP server; marking it sent failed ({}),"
                + " trying again",
            mail.notificationId(),
            e.getMessage());
        pause(Duration.ofMillis(200L * attempt));
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void failed(MailOutbox.Outgoing mail, MessagingException e) {
    log.warn(
        "E-mail of notification {} to {} failed, attempt {} of {}: {}",
        mail.notificationId(),
        mail.recipient(),
        mail.mailAttempts(),
        settings.attempts(),
        e.getMessage());
    if (outbox.markAttemptFailed(mail, e.getMessage())) {
      log.warn(
          "E-mail of notification {} to {} FAILED for good after {} attempts; operations can"
              + " send it again from the Overdue page",
          mail.notificationId(),
          mail.recipient(),
          mail.mailAttempts());
    }
  }

  private MimeMessage compose(MailOutbox.Outgoing mail, String address) throws MessagingException {
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
    helper.setFrom(settings.from());
    helper.setTo(address);
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    // Lets a mail server or a reader tell two copies of one notification apart from two messages.
    message.setHeader("X-Delivery-Notification", mail.notificationId());
    return message;
  }

  /** The recipient users' e-mail addresses, from their Camunda users. */
  private Map<String, String> addressesOf(List<MailOutbox.Outgoing> batch) {
    String[] ids =
        batch.stream()
            .filter(mail -> mail.mailTo() == null)
            .map(MailOutbox.Outgoing::recipient)
            .distinct()
            .toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return identityService.createUserQuery().userIdIn(ids).list().stream()
        .filter(user -> user.getEmail() != null)
        .collect(Collectors.toMap(User::getId, User::getEmail, (a, b) -> a));
  }
}
