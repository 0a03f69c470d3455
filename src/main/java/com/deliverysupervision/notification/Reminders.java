package com.deliverysupervision.notification;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.OperationRecords;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderAction;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.rules.EngineClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * SAAS-11: while a step of the seller is open, the customer may remind the seller, at most once per
 * order per configured interval; the reminder is a notification to the seller and a record.
 */
@Service
public class Reminders implements OrderAction {
  private final OrderService orderService;
  private final TaskService taskService;
  private final Notifications notifications;
  private final OperationRecords records;
  private final SystemCalls systemCalls;
  private final JdbcClient jdbc;
  private final EngineClock clock;
  private final Duration interval;
  private final TransactionTemplate savepoint;

  Reminders(
      OrderService orderService,
      TaskService taskService,
      Notifications notifications,
      OperationRecords records,
      SystemCalls systemCalls,
      JdbcClient jdbc,
      EngineClock clock,
      @Value("${delivery.notifications.reminder-interval}") Duration interval,
      PlatformTransactionManager transactionManager) {
    this.orderService = orderService;
    this.taskService = taskService;
    this.notifications = notifications;
    this.records = records;
    this.systemCalls = systemCalls;
    this.jdbc = jdbc;
    this.clock = clock;
    this.interval = interval;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Transactional
  public Reminder remind(String orderId, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    Task sellerStep = sellerStepToRemind(order, caller);
    OffsetDateTime now = clock.now();
    claimInterval(orderId, now);
    String link = TasklistLinks.task(sellerStep.getId());
    notifications.tell(
        "reminder:" + orderId + ":" + now.toInstant().toEpochMilli(),
        java.util.List.of(order.sellerId()),
        "sellerReminded",
        Map.of("orderId", orderId, "taskName", sellerStep.getName()),
        orderId,
        link);
    records.record(orderId, "Reminder sent to the seller", Map.of("step", sellerStep.getName()));
    return new Reminder(orderId, sellerStep.getName(), now, now.plus(interval));
  }

  @Override
  public String name() {
    return "reminder";
  }

  /**
   * The order's customer, while a step of the seller is open and the last reminder's interval has
   * passed (read here; {@link #remind} claims the interval atomically).
   */
  @Override
  public void checkAllowed(Order order, CurrentUser caller) {
    sellerStepToRemind(order, caller);
    OffsetDateTime now = clock.now();
    jdbc.sql("select last_sent_at from ds_reminder where order_id = ?")
        .param(order.orderId())
        .query(OffsetDateTime.class)
        .optional()
        .filter(last -> last.plus(interval).isAfter(now))
        .ifPresent(
            last -> {
              throw tooSoon(order.orderId(), last, now);
            });
  }

  private Task sellerStepToRemind(Order order, CurrentUser caller) {
    String orderId = order.orderId();
    if (!caller.userId().equals(order.customerId())) {
      throw refusal(
          HttpStatus.FORBIDDEN, "Only the customer of order " + orderId + " reminds its seller.");
    }
    Task sellerStep =
        systemCalls.run(
            () ->
                taskService
                    .createTaskQuery()
                    .processInstanceId(order.processInstanceId())
                    .taskAssignee(order.sellerId())
                    .active()
                    .list()
                    .stream()
                    .findFirst()
                    .orElse(null));
    if (sellerStep == null) {
      throw refusal(
          HttpStatus.CONFLICT,
          "No step of the seller is open on order " + orderId + "; there is nothing to remind of.");
    }
    return sellerStep;
  }

  /** The order's interval starts now, unless the last reminder's has not passed: then 429. */
  private void claimInterval(String orderId, OffsetDateTime now) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql("insert into ds_reminder (order_id, last_sent_at) values (?, ?)")
                  .params(orderId, now)
                  .update());
      return;
    } catch (DuplicateKeyException remindedBefore) {
      // Claimed below, if the interval has passed.
    }
    int claimed =
        jdbc.sql("update ds_reminder set last_sent_at = ? where order_id = ? and last_sent_at <= ?")
            .params(now, orderId, now.minus(interval))
            .update();
    if (claimed == 0) {
      OffsetDateTime last =
          jdbc.sql("select last_sent_at from ds_reminder where order_id = ?")
              .param(orderId)
              .query(OffsetDateTime.class)
              .single();
      throw tooSoon(orderId, last, now);
    }
  }

  /** 429 with Retry-After: the last reminder's interval has not passed. */
  private ErrorResponseException tooSoon(String orderId, OffsetDateTime last, OffsetDateTime now) {
    long wait = Math.max(1, Duration.between(now, last.plus(interval)).toSeconds());
    ErrorResponseException tooSoon =
        refusal(
            HttpStatus.TOO_MANY_REQUESTS,
            "The seller of order "
                + orderId
                + " was reminded at "
                + last
                + "; the next reminder is possible in "
                + wait
                + " seconds.");
    tooSoon.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(wait));
    return tooSoon;
  }

  private static ErrorResponseException refusal(HttpStatus status, String detail) {
    return new ErrorResponseException(
        status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
