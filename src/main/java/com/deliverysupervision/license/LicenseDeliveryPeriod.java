package com.deliverysupervision.license;

import com.deliverysupervision.order.NewOrder;
import java.util.Optional;

/** REL-3: both license processes time the delivery period; an order must carry it. */
final class LicenseDeliveryPeriod {
  private LicenseDeliveryPeriod() {}

  static Optional<String> problemWith(NewOrder order) {
    return order.deliveryPeriodDays() == null
        ? Optional.of(
            "deliveryPeriodDays: a license delivery needs the product's delivery period in"
                + " calendar days (REL-3); a catalogue product has it.")
        : Optional.empty();
  }
}
