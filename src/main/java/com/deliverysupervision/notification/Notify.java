package com.deliverysupervision.notification;

import com.deliverysupervision.order.OrderVariables;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a diagram calls to tell the parties of a turn or a decision (ALL-5), as an execution
 * listener on the element: {@code ${notify.send(execution, 'orderCompleted', 'parties')}}. The
 * message names the template in {@code notifications/}; adding a process adds no code here. What
 * happens to an order once is told with {@code notify.sendOnce(...)}.
 */
@Component("notify")
public class Notify {
  /**
   * Where a process whose subject is neither an order nor a product shows it (a page of Tasklist,
   * {@link TasklistLinks}): the link of its notifications.
   */
  public static final String DETAILS_LINK = "detailsLink";

  private final Notifications notifications;
  private final Recipients recipients;

  Notify(Notifications notifications, Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  /**
   * Tells of a turn or a decision once per run of the element: what may happen again (a new task, a
   * rejection) is told again.
   */
  public void send(DelegateExecution execution, String message, String to) {
    send(
        execution,
        message,
        to,
        execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId() + ":" + message);
  }

  /**
   * Tells of what happens to an order once (ALL-4): its completion, its automatic confirmation, its
   * delivery period running out. Told once per order and message, even when an administrator's
   * modification of the instance runs the element again.
   */
  public void sendOnce(DelegateExecution execution, String message, String to) {
    String orderId = (String) execution.getVariable(OrderVariables.ORDER_ID);
    send(
        execution,
        message,
        to,
        (orderId != null ? "order:" + orderId : execution.getProcessInstanceId()) + ":" + message);
  }

  private void send(DelegateExecution execution, String message, String to, String cause) {
    String orderId = (String) execution.getVariable(OrderVariables.ORDER_ID);
    Object details = execution.getVariable(DETAILS_LINK);
    String link =
        details != null
            ? details.toString()
            : orderId != null
                ? TasklistLinks.order(orderId)
                : TasklistLinks.product(execution.getProcessBusinessKey());
    Map<String, Object> model = asAsked(execution);
    notifications.tell(cause, recipients.of(to, execution), message, model, orderId, link);
    recipients
        .contactOf(to, execution)
        .ifPresent(
            address -> notifications.tellByMail(cause, address, message, model, orderId, link));
  }

  /**
   * The execution's variables for a template, each read when the template asks for it: copying them
   * all would deserialize every value, the files of a license or contract delivery too.
   */
  private static Map<String, Object> asAsked(VariableScope variables) {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object name) {
        return variables.hasVariable((String) name);
      }

      @Override
      public Object get(Object name) {
        return variables.getVariable((String) name);
      }

      @Override
      public Set<Entry<String, Object>> entrySet() {
        return variables.getVariables().entrySet();
      }
    };
  }
}
