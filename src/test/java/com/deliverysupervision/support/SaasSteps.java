package com.deliverysupervision.support;

import static com.deliverysupervision.supervision.SaasSupervision.DELIVERY_DECISION;
import static com.deliverysupervision.supervision.SaasSupervision.DELIVERY_REJECTION_REASON;
import static com.deliverysupervision.supervision.SaasSupervision.REQUEST_DECISION;
import static com.deliverysupervision.supervision.SaasSupervision.REQUEST_REJECTION_REASON;
import static com.deliverysupervision.supervision.SaasSupervision.SERVICE_REQUEST;
import static com.deliverysupervision.supervision.SaasSupervision.SERVICE_RESULT;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The steps of the supervised SaaS flow, each done by its user as Tasklist would. */
@Component
public class SaasSteps {
  /** SAAS-2: the flow completes this long after the acceptance (application.yaml's setting). */
  private static final Duration COMPLETION_DELAY = Duration.ofHours(3);

  private final TaskService taskService;
  private final ManagementService managementService;
  private final TestUsers users;

  SaasSteps(TaskService taskService, ManagementService managementService, TestUsers users) {
    this.taskService = taskService;
    this.managementService = managementService;
    this.users = users;
  }

  public void submitRequest(Order order, String request) {
    complete(order, order.customerId(), Map.of(SERVICE_REQUEST, request));
  }

  public void review(Order order, String decision, String reason) {
    complete(
        order,
        order.sellerId(),
        reason == null
            ? Map.of(REQUEST_DECISION, decision)
            : Map.of(REQUEST_DECISION, decision, REQUEST_REJECTION_REASON, reason));
  }

  public void deliver(Order order, String result) {
    deliver(order, Map.of(SERVICE_RESULT, result));
  }

  public void deliver(Order order, Map<String, Object> delivery) {
    complete(order, order.sellerId(), delivery);
  }

  public void acceptDelivery(Order order, String decision, String reason) {
    complete(
        order,
        order.customerId(),
        reason == null
            ? Map.of(DELIVERY_DECISION, decision)
            : Map.of(DELIVERY_DECISION, decision, DELIVERY_REJECTION_REASON, reason));
  }

  /**
   * Accepted at the clock's time, then completed when the completion delay has passed: the engine
   * clock is moved there and the due completion timer executed.
   */
  public void runToCompletion(Order order) {
    runToAcceptance(order);
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(COMPLETION_DELAY)));
    managementService
        .createJobQuery()
        .processInstanceId(order.processInstanceId())
        .executable()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /** Request, acceptance, delivery and the customer's acceptance, each at the clock's time. */
  public void runToAcceptance(Order order) {
    submitRequest(order, "Three user accounts.");
    review(order, SaasSupervision.ACCEPT, null);
    deliver(order, "Tenant provisioned.");
    acceptDelivery(order, SaasSupervision.ACCEPT, null);
  }

  private void complete(Order order, String user, Map<String, Object> variables) {
    try {
      users.actAs(user);
      String taskId =
          taskService
              .createTaskQuery()
              .processInstanceId(order.processInstanceId())
              .singleResult()
              .getId();
      taskService.complete(taskId, variables);
    } finally {
      users.logOut();
    }
  }
}
