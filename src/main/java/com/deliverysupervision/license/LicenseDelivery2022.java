package com.deliverysupervision.license;

import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.supervision.SaasSupervision;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * KooGallery's license delivery for orders placed before the cut-over (LIC-8), {@code
 * bpmn/koogallery-license-delivery-2022.bpmn}: no request step; the seller delivers offline and
 * updates the flow; the order completes 3 hours after the customer's acceptance.
 */
@Component
public class LicenseDelivery2022 implements DeliveryTemplate {
  public static final String PROCESS_KEY = "koogallery-license-delivery-2022";

  public static final String TASK_DELIVER_LICENSE = "Task_DeliverLicense";
  public static final String TASK_ACCEPT_DELIVERY = "Task_AcceptDelivery";
  public static final String TIMER_COMPLETION_DELAY = "Timer_CompletionDelay";
  public static final String END_ORDER_COMPLETED = "EndEvent_OrderCompleted";

  private final LicenseDelivery current;

  LicenseDelivery2022(LicenseDelivery current) {
    this.current = current;
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /**
   * LIC-8: the placement date decides the version, also for an order that names this one: placed
   * since the cut-over, it runs the current license delivery.
   */
  @Override
  public String processKeyFor(OffsetDateTime placedAt) {
    return current.processKeyFor(placedAt);
  }

  /** LIC-8: orders reach it by their placement date, through the current license delivery. */
  @Override
  public boolean namedByProducts() {
    return false;
  }

  /** Before the cut-over the seller appealed only after the customer's silence (SAAS-6). */
  @Override
  public Optional<AppealPolicy> appeals() {
    return Optional.of(SaasSupervision.APPEALS);
  }

  /** REL-2: KooGallery settles a license order with its seller in the month after it completed. */
  @Override
  public boolean settledMonthly() {
    return true;
  }

  /** REL-3: the delivery period runs from the placement; a license order must say it. */
  @Override
  public Optional<String> problemWith(NewOrder order) {
    return LicenseDeliveryPeriod.problemWith(order);
  }
}
