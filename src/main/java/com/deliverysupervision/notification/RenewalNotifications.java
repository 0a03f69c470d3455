package com.deliverysupervision.notification;

import com.deliverysupervision.order.OrderRenewed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * ALL-5: both parties learn that the marketplace renewed their order, until when and for what
 * amount (LIC-7). A renewal is no step of a diagram: the marketplace sends it to the API.
 */
@Component
class RenewalNotifications {
  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV");
  private final Notifications notifications;
  private final ZoneId zone;

  RenewalNotifications(Notifications notifications, @Value("${delivery.zone}") ZoneId zone) {
    this.notifications = notifications;
    this.zone = zone;
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
            "validUntil", renewed.validUntil().atZoneSameInstant(zone).format(UNTIL)),
        renewed.orderId(),
        TasklistLinks.order(renewed.orderId()));
  }
}
