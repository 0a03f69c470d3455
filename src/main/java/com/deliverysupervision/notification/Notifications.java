package com.deliverysupervision.notification;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.process.RowsWrittenAtCommit;
import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Notifications (ALL-5): written in the transaction of the step that causes them, once per cause
 * and recipient (ALL-4), read in their recipient's inbox.
 */
@Service
public class Notifications {
  private static final String COLUMNS =
      "notification_id, message, subject, body, order_id, link, created_at, read_at";

  /**
   * The recipient of what goes by e-mail only, to an address: Camunda's user IDs are letters and
   * digits (its resource whitelist), so no user has this one.
   */
  static final String BY_MAIL_ONLY = "(by-mail)";

  private static final String WRITTEN =
      "notification_id, cause_key, recipient, mail_to, message, subject, body, order_id, link,"
          + " created_at, mail_state, mail_due_at";

  /** A notification's row of the insert, typed: H2 cannot tell a bare parameter's type there. */
  private static final String ROW =
      "(cast(? as varchar(64)), cast(? as varchar(200)), cast(? as varchar(64)),"
          + " cast(? as varchar(254)), cast(? as varchar(64)), cast(? as varchar(300)),"
          + " cast(? as varchar), cast(? as varchar(64)), cast(? as varchar(500)),"
          + " cast(? as timestamp with time zone), cast(? as varchar(16)),"
          + " cast(? as timestamp with time zone))";

  /**
   * All of a step's notifications in one statement, no look-up first: this runs in every task's
   * creation and twice in every timer of a storm. A cause already told to a recipient is left out.
   */
  private static final RowsWrittenAtCommit.Table<List<Object>> TABLE =
      new RowsWrittenAtCommit.Table<>() {
        @Override
        public RowsWrittenAtCommit.Insert insertOf(List<List<Object>> rows) {
          return new RowsWrittenAtCommit.Insert(
              "insert into ds_notification ("
                  + WRITTEN
                  + ") select v.* from (values "
                  + String.join(", ", Collections.nCopies(rows.size(), ROW))
                  + ") as v ("
                  + WRITTEN
                  + ") where not exists (select 1 from ds_notification n"
                  + " where n.cause_key = v.cause_key and n.recipient = v.recipient)",
              rows.stream().flatMap(List::stream).toList());
        }

        /** A cause told twice to a recipient in one step, a step run again: told once. */
        @Override
        public Object keyOf(List<Object> row) {
          return row.subList(1, 3);
        }
      };

  private final JdbcClient jdbc;
  private final NotificationTemplates templates;
  private final EngineClock clock;

  private final MailDelivery mail;
  private final String baseUrl;
  private final RowsWrittenAtCommit rows;

  Notifications(
      JdbcClient jdbc,
      NotificationTemplates templates,
      EngineClock clock,
      MailDelivery mail,
      @Value("${delivery.notifications.base-url}") String baseUrl,
      RowsWrittenAtCommit rows) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.templates = templates;
    this.clock = clock;
    this.mail = mail;
    this.baseUrl = baseUrl;
  }

  /**
   * Tells each recipient, once for this cause: a cause already told to a recipient (a step run
   * again) adds nothing; two at once, the unique key lets one commit. The text reads the link as
   * the address a user opens; the inbox keeps it relative to the application.
   */
  public void tell(
      String causeKey,
      Collection<String> recipients,
      String message,
      Map<String, ?> model,
      String orderId,
      String link) {
    List<String> to = recipients.stream().filter(Objects::nonNull).distinct().toList();
    if (!to.isEmpty()) {
      insert(causeKey, to, null, message, model, orderId, link);
    }
  }

  /**
   * Tells someone who is no user, by e-mail only and once for this cause (GCP-4: a transfer's
   * contact): recorded under {@link #BY_MAIL_ONLY}, an ID no user can have, so that no inbox shows
   * it.
   */
  public void tellByMail(
      String causeKey,
      String address,
      String message,
      Map<String, ?> model,
      String orderId,
      String link) {
    insert(causeKey, List.of(BY_MAIL_ONLY), address, message, model, orderId, link);
  }

  private void insert(
      String causeKey,
      List<String> to,
      String mailTo,
      String message,
      Map<String, ?> model,
      String orderId,
      String link) {
    NotificationTemplates.Rendered rendered =
        templates.render(message, model, link == null ? null : baseUrl + link);
    OffsetDateTime now = clock.now();
    // Written while e-mail is off, a message is never sent: turning e-mail on sends no backlog.
    String mailState = mail.isOn() ? "PENDING" : "OFF";
    for (String recipient : to) {
      rows.append(
          TABLE,
          Arrays.asList(
              UUID.randomUUID().toString(),
              causeKey,
              recipient,
              mailTo,
              message,
              rendered.subject(),
              rendered.body(),
              orderId,
              link,
              now,
              mailState,
              mail.isOn() ? now : null));
    }
  }

  /** The user's own messages, newest first, {@code limit} from {@code offset}. */
  public Inbox inboxOf(CurrentUser user, int limit, int offset) {
    if (limit < 1 || limit > 200 || offset < 0) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit must be from 1 to 200 and offset 0 or more.");
    }
    List<Notification> page =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from ds_notification where recipient = ?"
                    + " order by created_at desc, notification_id limit ? offset ?")
            .params(user.userId(), limit, offset)
            .query(Notification.class)
            .list();
    long unread =
        jdbc.sql("select count(*) from ds_notification where recipient = ? and read_at is null")
            .param(user.userId())
            .query(Long.class)
            .single();
    return new Inbox(unread, page);
  }

  /** Marks the user's own message read; another's is not found (ALL-2). */
  public void markRead(String notificationId, CurrentUser user) {
    int own =
        jdbc.sql(
                "update ds_notification set read_at = coalesce(read_at, ?)"
                    + " where notification_id = ? and recipient = ?")
            .params(clock.now(), notificationId, user.userId())
            .update();
    if (own == 0) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "There is no notification " + notificationId + " of yours.");
    }
  }
}
