package com.deliverysupervision.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.FailOnceDelegate;
import com.deliverysupervision.support.TestMailServer;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * ALL-5, ALL-4: notifications leave by e-mail through a real SMTP server, each once, none lost when
 * the server is down. The tests send the outbox themselves, as a node's schedule would.
 */
@DeliveryApplicationTest
class NotificationMailTest {
  // Later than NotificationsTest's clock: everything written before is due here.
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2032-06-01T10:00:00+08:00");

  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired AppealService appeals;
  @Autowired Notifications notifications;
  @Autowired MailDelivery mail;
  @Autowired MailOutbox outbox;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired JdbcClient jdbc;
  @Autowired EngineClock clock;
  @Autowired MailSettings settings;
  @Autowired IdentityService identityService;
  @Autowired ObjectProvider<JavaMailSenderImpl> smtpSenders;

  @Value("${spring.mail.host}")
  String mailHost;

  TestMailServer smtp;
  String seller;
  String customer;

  @BeforeEach
  void freshPartiesAndServer() {
    at(NOW);
    seller = TestUsers.newUserId("mailseller");
    customer = TestUsers.newUserId("mailcustomer");
    users.create(seller, Roles.SELLERS);
    users.create(customer, Roles.CUSTOMERS);
    smtp = TestMailServer.start();
    // Whatever earlier tests left in the outbox goes to this server first.
    mail.sendDue();
  }

  @AfterEach
  void stopServer() {
    smtp.close();
  }

  @Test
  @DisplayName(
      "ALL-5 every kind of notification of a delivery reaches its recipient's address once by e-mail: new tasks with the link into Tasklist, the reminder, the automatic confirmation, the completion, a dispute filed and decided, a termination")
  void everyKindArrivesOnce() throws Exception {
    Order confirmed = orders.placeBetween(seller, customer, AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(confirmed), TestOrders.demand());
    String reminders = "/api/orders/" + confirmed.orderId() + "/reminders";
    assertThat(api.post(customer, reminders, "").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    taskService.complete(orders.openTaskOf(confirmed));
    at(NOW.plus(Duration.ofDays(14)).plusMinutes(1));
    managementService.executeJob(timerOf(confirmed).getId());

    Order disputed = orders.placeBetween(seller, customer, AlibabaBasicDelivery.PROCESS_KEY);
    appeals.file(disputed.orderId(), new NewAppeal("Nothing arrived."), users.actAs(customer));
    users.logOut();
    taskService.complete(
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(disputed.orderId())
            .taskDefinitionKey("Task_DecideAppeal")
            .singleResult()
            .getId(),
        Map.of("appealDecision", "close", "decisionReason", "Refunded."));

    Order terminated = orders.placeBetween(seller, customer, AlibabaBasicDelivery.PROCESS_KEY);
    assertThat(
            api.post(
                    TestOrders.MARKETPLACE,
                    "/api/orders/" + terminated.orderId() + "/termination",
                    "{\"reason\": \"Payment refunded.\"}")
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();

    mail.sendDue();

    List<Map<String, Object>> told = toldTo(seller, customer);
    assertThat(told)
        .extracting(row -> row.get("message"))
        .contains(
            "taskCreated",
            "sellerReminded",
            "deliveryConfirmedAutomatically",
            "orderCompleted",
            "appealFiled",
            "appealDecided",
            "orderClosed");
    Map<String, Long> copies = smtp.copiesByNotification();
    for (Map<String, Object> row : told) {
      assertThat(copies.get((String) row.get("notification_id")))
          .as("copies of %s to %s", row.get("message"), row.get("recipient"))
          .isEqualTo(1L);
    }
    MimeMessage newTask =
        smtp.receivedBy(customer + "@privacy.example").stream()
            .filter(message -> subjectOf(message).startsWith("New task: Submit demand"))
            .findFirst()
            .orElseThrow();
    assertThat((String) newTask.getContent())
        .contains(
            confirmed.orderId(), "http://localhost:", "/camunda/app/tasklist/default/#/?task=");
    assertThat(
            smtp.receivedBy(seller + "@privacy.example").stream()
                .map(NotificationMailTest::subjectOf))
        .contains("Order " + terminated.orderId() + " is closed: its delivery was terminated");
  }

  @Test
  @DisplayName(
      "GCP-4 ALL-4 an e-mail to someone who is no user (a transfer's contact) reaches the address the request named, once, however often its step runs")
  void contactMailReachesItsAddress() throws Exception {
    String contact = TestUsers.newUserId("contact") + "@isv.example";
    Map<String, Object> transfer = Map.of("entitlementId", "E-CONTACT", "transferKind", "BILLING");
    for (int run = 0; run < 2; run++) {
      notifications.tellByMail(
          "transfer-contact-test:end:transferCompleted",
          contact,
          "transferCompleted",
          transfer,
          null,
          "/app/tasklist/");
    }

    mail.sendDue();
    mail.sendDue();

    List<MimeMessage> received = smtp.receivedBy(contact);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject())
        .isEqualTo("The transfer of entitlement E-CONTACT is completed");
  }

  @Test
  @DisplayName(
      "ALL-4 a step whose transaction fails after it notified is retried and e-mails the message once")
  void retriedStepSendsOnce() {
    String key = "test-notify-then-fail";
    repositoryService
        .createDeployment()
        .addModelInstance(
            key + ".bpmn",
            Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_TellThenFail")
                .camundaAsyncBefore()
                .camundaExecutionListenerExpression(
                    "start", "${notify.send(execution, 'orderCompleted', 'customer')}")
                .camundaClass(FailOnceDelegate.class.getName())
                .endEvent()
                .done())
        .deploy();
    FailOnceDelegate.FAILED.set(false);
    String orderId = TestOrders.newOrderId();
    String instance =
        runtimeService
            .startProcessInstanceByKey(
                key,
                orderId,
                Map.of("orderId", orderId, "sellerId", seller, "customerId", customer))
            .getId();
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("briefly unavailable");
    assertThat(mail.sendDue()).as("rolled back with the step").isZero();
    managementService.executeJob(job.getId());
    mail.sendDue();
    mail.sendDue();

    assertThat(smtp.receivedBy(customer + "@privacy.example"))
        .extracting(NotificationMailTest::subjectOf)
        .containsExactly("Order " + orderId + " is completed");
  }

  @Test
  @DisplayName(
      "ALL-4 while the SMTP server is down e-mails wait, retried after growing waits; once it is back each arrives once")
  void serverDownDelaysAndLosesNothing() {
    smtp.close();
    tellCustomer(3);

    assertThat(mail.sendDue()).isZero();
    assertThat(stateOfCustomersMail()).containsOnly("PENDING");
    assertThat(mail.sendDue()).as("not before the first wait (1 minute)").isZero();
    assertThat(attemptsOfCustomersMail()).containsOnly(1);
    at(NOW.plusMinutes(1));
    assertThat(mail.sendDue()).isZero();
    at(NOW.plusMinutes(2));
    assertThat(mail.sendDue()).as("the second wait is 2 minutes").isZero();
    assertThat(attemptsOfCustomersMail()).containsOnly(2);

    smtp = TestMailServer.start();
    at(NOW.plusMinutes(3));
    assertThat(mail.sendDue()).isEqualTo(3);
    mail.sendDue();
    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(3);
    assertThat(stateOfCustomersMail()).containsOnly("SENT");
  }

  @Test
  @DisplayName(
      "ALL-4 after its last attempt an e-mail is FAILED, counted in the metric and listed for operators; an operator's retry of those told since a time it was told sends it once, one since a later time leaves it")
  void failedAfterLastAttemptUntilRetried() {
    smtp.close();
    tellCustomer(1);
    OffsetDateTime time = NOW;
    for (int attempt = 1; attempt <= 10; attempt++) {
      mail.sendDue();
      time = time.plusHours(2);
      at(time);
    }
    assertThat(stateOfCustomersMail()).containsOnly("FAILED");
    assertThat(outbox.countIn("FAILED")).isPositive();
    assertThat(api.get(TestOrders.OPERATIONS, "/actuator/prometheus").getBody())
        .containsPattern("delivery_notifications_mail\\{.*state=\"FAILED\".*\\} [1-9]");
    assertThat(api.get(TestOrders.OPERATIONS, "/api/mail-outbox/failed").getBody())
        .contains(customer, "connect");
    assertThat(api.post(customer, "/api/mail-outbox/failed/retry", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    smtp = TestMailServer.start();
    assertThat(
            api.post(
                    TestOrders.OPERATIONS,
                    "/api/mail-outbox/failed/retry?toldSince=" + NOW.plusMinutes(1).toInstant(),
                    "")
                .getBody())
        .as("told before the time asked for")
        .contains("\"retried\":0");
    assertThat(stateOfCustomersMail()).containsOnly("FAILED");
    assertThat(
            api.post(TestOrders.OPERATIONS, "/api/mail-outbox/failed/retry?toldSince=yesterday", "")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.post(
                    TestOrders.OPERATIONS,
                    "/api/mail-outbox/failed/retry?toldSince=" + NOW.toInstant(),
                    "")
                .getBody())
        .doesNotContain("\"retried\":0");
    mail.sendDue();
    mail.sendDue();
    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(1);
  }

  @Test
  @DisplayName(
      "ALL-4 two senders (two nodes) that read the same e-mails due claim each for one of them; sending at once, every message arrives once")
  void twoSendersSendEachOnce() {
    tellCustomer(3);
    List<MailOutbox.Outgoing> seenByOne = outbox.due(50);
    List<MailOutbox.Outgoing> seenByOther = outbox.due(50);
    assertThat(outbox.claim(seenByOne)).hasSize(3);
    assertThat(outbox.claim(seenByOther)).as("claimed by the first").isEmpty();
    at(NOW.plusMinutes(5));
    mail.sendDue();
    smtp.close();
    smtp = TestMailServer.start();

    tellCustomer(120);

    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(mail::sendDue);
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(mail::sendDue);

    assertThat(first.join() + second.join()).isEqualTo(120);
    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(120);
    assertThat(smtp.copiesByNotification().values()).containsOnly(1L);
  }

  @Test
  @DisplayName(
      "ALL-4 an e-mail the SMTP server took while the database failed for a moment is marked sent once it is back, and not sent again after the claim time")
  void markedSentAfterPassingDatabaseFailure() {
    tellCustomer(1);
    AtomicInteger failures = new AtomicInteger(1);
    MailOutbox failingOnce =
        new MailOutbox(jdbc, clock, settings) {
          @Override
          void markSent(Outgoing mail) {
            if (failures.getAndDecrement() > 0) {
              throw new CannotGetJdbcConnectionException("No connection in the pool");
            }
            super.markSent(mail);
          }
        };
    MailDelivery sender =
        new MailDelivery(failingOnce, settings, identityService, smtpSenders, mailHost);

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(stateOfCustomersMail()).containsOnly("SENT");
    at(NOW.plusMinutes(10));
    assertThat(mail.sendDue()).isZero();
    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(1);
  }

  @Test
  @DisplayName(
      "ALL-4 an e-mail claimed by a sender that crashed before marking it is sent by another after the claim time, once")
  void crashedSendersClaimExpires() {
    tellCustomer(1);
    assertThat(outbox.claimDue(50).claimed()).isNotEmpty();
    assertThat(mail.sendDue()).as("claimed by the crashed sender").isZero();

    at(NOW.plusMinutes(5));
    assertThat(mail.sendDue()).isEqualTo(1);
    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(1);
  }

  @Test
  @DisplayName(
      "ALL-4 a sender whose claim ran out before it came to an e-mail (a slow SMTP server) leaves it to the sender that claimed it since: it arrives once")
  void slowSenderLeavesWhatOthersClaimed() {
    tellCustomer(2);
    List<MailOutbox.Outgoing> slow = outbox.claimDue(50).claimed();
    assertThat(slow).hasSize(2);

    at(NOW.plusMinutes(5));
    assertThat(mail.sendDue()).as("the other sender").isEqualTo(2);
    assertThat(mail.send(slow).sent()).as("the slow sender, at last").isZero();

    assertThat(smtp.receivedBy(customer + "@privacy.example")).hasSize(2);
    assertThat(smtp.copiesByNotification().values()).containsOnly(1L);
    assertThat(stateOfCustomersMail()).containsOnly("SENT");
  }

  private void tellCustomer(int messages) {
    for (int i = 0; i < messages; i++) {
      notifications.tell(
          "test:" + customer + ":" + i + ":" + messages,
          List.of(customer),
          "orderCompleted",
          Map.of("orderId", "M-" + i),
          null,
          "/api/orders/M-" + i);
    }
  }

  private List<String> stateOfCustomersMail() {
    return jdbc.sql("select mail_state from ds_notification where recipient = ?")
        .param(customer)
        .query(String.class)
        .list();
  }

  private List<Integer> attemptsOfCustomersMail() {
    return jdbc.sql("select mail_attempts from ds_notification where recipient = ?")
        .param(customer)
        .query(Integer.class)
        .list();
  }

  private List<Map<String, Object>> toldTo(String... recipients) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String recipient : recipients) {
      rows.addAll(
          jdbc
              .sql(
                  "select notification_id, recipient, message from ds_notification"
                      + " where recipient = ?")
              .param(recipient)
              .query()
              .listOfRows()
              .stream()
              .map(NotificationMailTest::lowerCaseKeys)
              .toList());
    }
    return rows;
  }

  private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
    return lower;
  }

  private Job timerOf(Order order) {
    return managementService
        .createJobQuery()
        .processInstanceId(order.processInstanceId())
        .timers()
        .singleResult();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }
}
