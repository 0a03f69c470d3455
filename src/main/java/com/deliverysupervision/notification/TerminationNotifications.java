package com.deliverysupervision.notification;

import com.deliverysupervision.order.DeliveryTerminated;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * ALL-5: both parties learn that the marketplace terminated the delivery and closed their order
 * (ALI-1). Termination is no step of a diagram: it ends any of them, from the API or Cockpit.
 */
@Component
class TerminationNotifications {
  private final Notifications notifications;

  TerminationNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void tellParties(DeliveryTerminated terminated) {
    Map<String, Object> model = new HashMap<>();
    model.put("orderId", terminated.orderId());
    model.put("reason", terminated.reason());
    notifications.tell(
        "terminated:" + terminated.orderId(),
        Arrays.asList(terminated.sellerId(), terminated.customerId()),
        "orderClosed",
        model,
        terminated.orderId(),
        TasklistLinks.order(terminated.orderId()));
  }
}
