package com.deliverysupervision.notification;

import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ALL-5: every party learns of its work and of each decision, in its inbox; SAAS-11 reminders. */
@DeliveryApplicationTest
class NotificationsTest {
  // Later than any other test's clock: this test's messages are the newest of every inbox.
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2031-03-03T10:00:00+08:00");

  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AppealService appeals;
  @Autowired Notifications notifications;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired JdbcClient jdbc;

  String seller;
  String customer;

  @BeforeEach
  void freshParties() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    seller = TestUsers.newUserId("noteseller");
    customer = TestUsers.newUserId("notecustomer");
    users.create(seller, Roles.SELLERS);
    users.create(customer, Roles.CUSTOMERS);
  }

  @Test
  @DisplayName(
      "ALL-5 a new task tells its assignee what is asked, for which order, with a link that opens it in Tasklist; nobody else's inbox shows it (ALL-2)")
  void newTaskTellsItsAssignee() throws Exception {
    Order order = place();
    String task = openTask(order);

    JsonNode message = messageAbout(customer, order, "New task: Submit demand");
    assertThat(message.path("link").asText()).endsWith("#/?task=" + task);
    assertThat(message.path("body").asText()).contains(order.orderId(), "Submit demand");
    assertThat(inbox(seller).path("notifications").toString()).doesNotContain("Submit demand");
  }

  @Test
  @DisplayName(
      "ALL-5 ALL-3 a dispute filed tells the other party and the administrators who decide; decided, it tells both parties the reason, whole at the 4,000 characters its form takes")
  void disputeFiledAndDecided() throws Exception {
    Order order = place();
    appeals.file(order.orderId(), new NewAppeal("Nothing was delivered."), users.actAs(customer));
    users.logOut();

    assertThat(messageAbout(seller, order, "An appeal or dispute was filed").path("body").asText())
        .contains("Nothing was delivered.");
    assertThat(messageAbout(MARKETPLACE, order, "An appeal or dispute was filed")).isNotNull();
    assertThat(messageAbout(MARKETPLACE, order, "New task: Decide on the appeal or dispute"))
        .isNotNull();

    String decide =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(order.orderId())
            .taskDefinitionKey("Task_DecideAppeal")
            .singleResult()
            .getId();
    String reason = "The seller gave up. ".repeat(200);
    taskService.complete(decide, Map.of("appealDecision", "close", "decisionReason", reason));
    for (String party : List.of(seller, customer)) {
      assertThat(messageAbout(party, order, "is decided: close").path("body").asText())
          .contains(reason.strip());
    }
  }

  @Test
  @DisplayName(
      "ALL-5 ALI-2 a delivery confirmed automatically after 14 days tells both parties so, and that the order is completed")
  void automaticConfirmationTellsBothParties() throws Exception {
    Order order = place();
    taskService.complete(openTask(order), TestOrders.demand());
    taskService.complete(openTask(order));
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14)).plusSeconds(60).toInstant()));
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(order.processInstanceId())
            .timers()
            .singleResult()
            .getId());

    for (String party : List.of(seller, customer)) {
      assertThat(messageAbout(party, order, "confirmed automatically")).isNotNull();
      assertThat(messageAbout(party, order, "is completed")).isNotNull();
    }
  }

  @Test
  @DisplayName(
      "ALL-5 ALL-2 marking a message read lowers its recipient's unread count; another user cannot mark it")
  void markRead() throws Exception {
    Order order = place();
    JsonNode message = messageAbout(customer, order, "New task: Submit demand");
    long unread = inbox(customer).path("unread").asLong();
    String read = "/api/notifications/" + message.path("notificationId").asText() + "/read";

    assertThat(api.post(seller, read, "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.post(customer, read, "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(inbox(customer).path("unread").asLong()).isEqualTo(unread - 1);
  }

  @Test
  @DisplayName("ALL-4 a cause told twice to a recipient is in its inbox once")
  void oncePerCause() {
    String cause = "test:" + TestOrders.newOrderId();
    for (int i = 0; i < 2; i++) {
      notifications.tell(
          cause,
          List.of(customer, customer),
          "orderCompleted",
          Map.of("orderId", "X-1", "link", "/api/orders/X-1"),
          null,
          "/api/orders/X-1");
    }
    assertThat(
            jdbc.sql("select count(*) from ds_notification where cause_key = ?")
                .param(cause)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  @DisplayName(
      "SAAS-11 while a step of the seller is open the customer reminds the seller, once a day: 201, then 429 with Retry-After, again after the interval; not while its own step is open, nor by the seller")
  void reminders() throws Exception {
    Order order = place();
    String reminders = "/api/orders/" + order.orderId() + "/reminders";
    assertThat(api.post(customer, reminders, "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    taskService.complete(openTask(order), TestOrders.demand());

    assertThat(api.post(customer, reminders, "").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(messageAbout(seller, order, "Reminder from the customer")).isNotNull();
    ResponseEntity<String> tooSoon = api.post(customer, reminders, "");
    assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(tooSoon.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("86400");
    assertThat(api.post(seller, reminders, "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1)).toInstant()));
    assertThat(api.post(customer, reminders, "").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(api.get(customer, "/api/orders/" + order.orderId() + "/records").getBody())
        .contains("Reminder sent to the seller");
  }

  private Order place() {
    return orders.placeBetween(seller, customer, AlibabaBasicDelivery.PROCESS_KEY);
  }

  private String openTask(Order order) {
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .getId();
  }

  /** The user's newest message about the order whose subject says so; fails if there is none. */
  private JsonNode messageAbout(String user, Order order, String subject) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (JsonNode message : inbox(user).path("notifications")) {
      subjects.add(message.path("subject").asText());
      if (message.path("subject").asText().contains(subject)
          && message.toString().contains(order.orderId())) {
        return message;
      }
    }
    throw new AssertionError(
        user
            + " has no message '"
            + subject
            + "...' about "
            + order.orderId()
            + " among "
            + subjects);
  }

  private JsonNode inbox(String user) throws Exception {
    ResponseEntity<String> response = api.get(user, "/api/notifications?limit=200");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }
}
