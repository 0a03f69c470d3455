package com.deliverysupervision.notification;

import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the notifications still to send (ALL-4). Each statement commits on its own: a
 * claim is visible to every node at once, and a sent e-mail is marked before the next is sent. A
 * sender claims a batch under a claim of its own, renews it before each e-mail and marks only what
 * is still under it: an e-mail goes out twice only when one send outlasts the claim time.
 */
@Component
class MailOutbox {
  private final JdbcClient jdbc;
  private final EngineClock clock;
  private final MailSettings settings;

  MailOutbox(JdbcClient jdbc, EngineClock clock, MailSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * An e-mail to send: its notification's text and recipient.
   *
   * @param mailClaim the claim it is under: this sender's once claimed
   */
  /**
   * @param mailTo the address of a recipient who is no user (GCP-4's contact); else null, and the
   *     e-mail goes to the recipient user's address
   */
  record Outgoing(
      String notificationId,
      String recipient,
      String mailTo,
      String subject,
      String body,
      int mailAttempts,
      String mailClaim) {}

  /**
   * @param due how many were due when looked for: fewer than asked, and there are no more
   * @param claimed those this sender claimed of them
   */
  record Batch(int due, List<Outgoing> claimed) {}

  /**
   * Claims up to {@code limit} due e-mails for this sender: pending ones whose time has come, and
   * those a crashed sender claimed and never marked.
   */
  Batch claimDue(int limit) {
    List<Outgoing> due = due(limit);
    return new Batch(due.size(), claim(due));
  }

  List<Outgoing> due(int limit) {
    return jdbc.sql(
            "select notification_id, recipient, mail_to, subject, body, mail_attempts, mail_claim"
                + " from ds_notification where mail_state in ('PENDING', 'SENDING')"
                + " and mail_due_at <= ? order by mail_due_at limit ?")
        .params(clock.now(), limit)
        .query(Outgoing.class)
        .list();
  }

  /**
   * Those of the e-mails this sender gets: another node that read them due at the same time may
   * have claimed some first. The conditional update lets one node have each, without waiting for
   * the other's transaction: each update commits at once.
   */
  List<Outgoing> claim(List<Outgoing> due) {
    OffsetDateTime now = clock.now();
    OffsetDateTime claimedUntil = now.plus(settings.claimTime());
    String claim = UUID.randomUUID().toString();
    return due.stream()
        .filter(
            mail ->
                jdbc.sql(
                            "update ds_notification set mail_state = 'SENDING', mail_due_at = ?,"
                                + " mail_claim = ?, mail_attempts = mail_attempts + 1"
                                + " where notification_id = ?"
                                + " and mail_state in ('PENDING', 'SENDING') and mail_due_at <= ?")
                        .params(claimedUntil, claim, mail.notificationId(), now)
                        .update()
                    == 1)
        .map(
            mail ->
                new Outgoing(
                    mail.notificationId(),
                    mail.recipient(),
                    mail.mailTo(),
                    mail.subject(),
                    mail.body(),
                    mail.mailAttempts() + 1,
                    claim))
        .toList();
  }

  /**
   * Right before sending: whether the e-mail is still under this sender's claim, which then runs
   * for the claim time again. False once another sender has claimed it after this one's claim ran
   * out: it is the other's to send.
   */
  boolean renewClaim(Outgoing mail) {
    return jdbc.sql(
                "update ds_notification set mail_due_at = ? where notification_id = ?"
                    + " and mail_claim = ? and mail_state = 'SENDING'")
            .params(clock.now().plus(settings.claimTime()), mail.notificationId(), mail.mailClaim())
            .update()
        == 1;
  }

  void markSent(Outgoing mail) {
    end(mail, "SENT", null);
  }

  void markWithoutAddress(Outgoing mail) {
    end(mail, "NO_ADDRESS", "The recipient has no e-mail address.");
  }

  /**
   * After a failed attempt: tried again after a growing wait, or FAILED after the last; only while
   * still under this sender's claim. Whether the e-mail failed for good.
   */
  boolean markAttemptFailed(Outgoing mail, String error) {
    String reason = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    boolean lastAttempt = mail.mailAttempts() >= settings.attempts();
    int marked =
        jdbc.sql(
                "update ds_notification set mail_state = ?, mail_due_at = ?, mail_error = ?"
                    + " where notification_id = ? and mail_claim = ? and mail_state = 'SENDING'")
            .params(
                lastAttempt ? "FAILED" : "PENDING",
                lastAttempt ? null : clock.now().plus(settings.waitAfter(mail.mailAttempts())),
                reason,
                mail.notificationId(),
                mail.mailClaim())
            .update();
    return lastAttempt && marked == 1;
  }

  /**
   * Gives every FAILED e-mail told since {@code toldSince} (all of them when null) its attempts
   * again, due now; how many.
   */
  int retryFailed(OffsetDateTime toldSince) {
    String retry =
        "update ds_notification set mail_state = 'PENDING', mail_due_at = ?, mail_attempts = 0"
            + " where mail_state = 'FAILED'";
    if (toldSince == null) {
      return jdbc.sql(retry).param(clock.now()).update();
    }
    return jdbc.sql(retry + " and created_at >= ?").params(clock.now(), toldSince).update();
  }

  /**
   * The failed e-mails, newest first, with why the last attempt failed; to whom: the user, or the
   * address of someone who is no user.
   */
  List<FailedMail> failed(int limit) {
    return jdbc.sql(
            "select notification_id, coalesce(mail_to, recipient) as recipient, subject,"
                + " created_at, mail_attempts, mail_error"
                + " from ds_notification where mail_state = 'FAILED'"
                + " order by created_at desc limit ?")
        .param(limit)
        .query(FailedMail.class)
        .list();
  }

  long countIn(String state) {
    return jdbc.sql("select count(*) from ds_notification where mail_state = ?")
        .param(state)
        .query(Long.class)
        .single();
  }

  private void end(Outgoing mail, String state, String error) {
    jdbc.sql(
            "update ds_notification set mail_state = ?, mail_sent_at = ?, mail_due_at = null,"
                + " mail_error = ? where notification_id = ? and mail_claim = ?")
        .params(
            state,
            "SENT".equals(state) ? clock.now() : null,
            error,
            mail.notificationId(),
            mail.mailClaim())
        .update();
  }
}
