package com.deliverysupervision.license;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.order.NewOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * KooGallery's license delivery for orders placed since the cut-over (LIC-2..LIC-6, LIC-8), {@code
 * bpmn/koogallery-license-delivery.bpmn}: its process key, element ids and variables. A product
 * names this template; an order placed before the cut-over runs {@link LicenseDelivery2022}.
 */
@Component
public class LicenseDelivery implements DeliveryTemplate {
  public static final String PROCESS_KEY = "koogallery-license-delivery";

  public static final String TASK_SUBMIT_REQUEST = "Task_SubmitRequest";
  public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
  public static final String TASK_UPLOAD_PROOF = "Task_UploadProof";
  public static final String TASK_ACCEPT_DELIVERY = "Task_AcceptDelivery";
  public static final String END_ORDER_COMPLETED = "EndEvent_OrderCompleted";

  /** LIC-6: the customer has not accepted the delivery for the configured time. */
  public static final String TIMER_CUSTOMER_SILENT = "Timer_CustomerSilentOnDelivery";

  /** LIC-3: what was delivered, item by item, and the proof files. */
  public static final String DELIVERY_CONTENT = "deliveryContent";

  public static final String STATEMENT_OF_WORK = "statementOfWork";

  private final LocalDate cutOver;
  private final ZoneId zone;

  LicenseDelivery(
      @Value("${delivery.license.cut-over}") LocalDate cutOver,
      @Value("${delivery.zone}") ZoneId zone) {
    this.cutOver = cutOver;
    this.zone = zone;
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /**
   * LIC-8: orders placed before the cut-over day, in the marketplace's zone, run the earlier one.
   */
  @Override
  public String processKeyFor(OffsetDateTime placedAt) {
    return placedAt.isBefore(cutOver.atStartOfDay(zone).toOffsetDateTime())
        ? LicenseDelivery2022.PROCESS_KEY
        : PROCESS_KEY;
  }

  /** Since the cut-over, either party may appeal at any time; operations managers decide. */
  @Override
  public Optional<AppealPolicy> appeals() {
    return Optional.of(new AppealPolicy(Roles.OPERATIONS_MANAGERS, false, true));
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
