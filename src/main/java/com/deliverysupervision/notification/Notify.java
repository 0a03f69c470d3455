package com.deliverysupervision.notification;

import com.deliverysupervision.order.OrderVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What a diagram calls to tell the parties of a turn or a decision (ALL-5), as an execution
 * listener on the element: {@code ${notify.send(execution, 'orderCompleted', 'parties')}}. The
 * message names the template in {@code notifications/}; adding a process adds no code here.
 */
@Component("notify")
public class Notify {
  /**
   * Where a process whose subject is neither an order nor a product shows it, in the API: the link
   * of its notifications.
   */
  public static final String DETAILS_LINK = "detailsLink";

  private final Notifications notifications;
  private final Recipients recipients;

  Notify(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  public void send(DelegateExecution execution, String message, String to) {
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    String orderId = (String) execution.getVariable(OrderVariables.ORDER_ID);
    Object details = execution.getVariable(DETAILS_LINK);
    String link =
        details != null
            ? details.toString()
            : orderId != null
                ? "/api/orders/" + orderId
                : "/api/products/" + execution.getProcessBusinessKey();
    notifications.tell(
        execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId() + ":" + message,
        recipients.of(to, execution),
        message,
        model,
        orderId,
        link);
  }
}
