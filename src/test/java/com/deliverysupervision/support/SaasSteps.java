package com.deliverysupervision.support;

import static com.deliverysupervision.supervision.SaasSupervision.DELIVERY_DECISION;
import static com.deliverysupervision.supervision.SaasSupervision.DELIVERY_REJECTION_REASON;
import static com.deliverysupervision.supervision.SaasSupervision.REQUEST_DECISION;
import static com.deliverysupervision.supervision.SaasSupervision.REQUEST_REJECTION_REASON;
import static com.deliverysupervision.supervision.SaasSupervision.SERVICE_REQUEST;
import static com.deliverysupervision.supervision.SaasSupervision.SERVICE_RESULT;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The steps of the supervised SaaS flow, each done by its user as Tasklist would. */
@Component
public class SaasSteps {
  private final TaskService taskService;
  private final TestUsers users;

  SaasSteps(TaskService taskService, TestUsers users) {
    this.taskService = taskService;
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
