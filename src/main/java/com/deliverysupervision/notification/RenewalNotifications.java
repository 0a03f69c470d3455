package com.deliverysupervision.notification;

import com.deliverysupervision.order.OrderRenewed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * ALL-5: both parties learn that the marketplace renewed their order, until when and for what
 * amount (LIC-7). A renewal is no step of a diagram: the marketplace sends it to the API.
 */
@Component
class RenewalNotifications {
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
  private final Notifications notifications;

  RenewalNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void tellParties(OrderRenewed renewed) {
    notifications.tell(
        "renewal:" + renewed.renewalId(),
        List.of(renewed.sellerId(), renewed.customerId()),
        "orderRenewed",
        Map.of(
            "orderId", renewed.orderId(),
            "period", renewed.period(),
            "amount", renewed.amount().toPlainString() + " " + renewed.currency(),
            "validUntil", renewed.validUntil().format(UNTIL)),
        renewed.orderId(),
        TasklistLinks.order(renewed.orderId()));
  }
}
