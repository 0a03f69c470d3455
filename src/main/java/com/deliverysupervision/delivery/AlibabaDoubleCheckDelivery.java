package com.deliverysupervision.delivery;

import com.deliverysupervision.order.NewOrder;
import java.time.Period;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Alibaba Cloud Marketplace's double check delivery (ALI-3), {@code
 * bpmn/alibaba-double-check-delivery.bpmn}: the basic delivery, then the warranty period the seller
 * set for the product. The basic steps keep {@link AlibabaBasicDelivery}'s ids and variables.
 */
@Component
public class AlibabaDoubleCheckDelivery implements AlibabaDeliveryCenter {
  public static final String PROCESS_KEY = "alibaba-double-check-delivery";

  public static final String SUBPROCESS_WARRANTY = "SubProcess_Warranty";
  public static final String TASK_CONFIRM_WARRANTY = "Task_ConfirmWarranty";
  public static final String TASK_PROVIDE_WARRANTY_SERVICE = "Task_ProvideWarrantyService";
  public static final String TIMER_WARRANTY_PERIOD_OVER = "Timer_WarrantyPeriodOver";
  public static final String END_DELIVERY_COMPLETED = "EndEvent_DeliveryCompleted";

  /** The customer's choice in Confirm warranty: {@link #CONFIRM} or {@link #SERVICE}. */
  public static final String WARRANTY_DECISION = "warrantyDecision";

  public static final String CONFIRM = "confirm";
  public static final String SERVICE = "service";

  /** What needs warranty service, by the customer; required when asking for it. */
  public static final String WARRANTY_SERVICE_REQUEST = "warrantyServiceRequest";

  /** What the seller did, shown to the customer when it is asked again. */
  public static final String WARRANTY_SERVICE_NOTES = "warrantyServiceNotes";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public Optional<String> problemWith(NewOrder order) {
    if (order.warrantyPeriod() == null) {
      return Optional.of(
          "warrantyPeriod is required for "
              + PROCESS_KEY
              + ": the warranty period the seller set for the product, ISO-8601 such as P90D.");
    }
    Period period = Period.parse(order.warrantyPeriod());
    if (period.isZero() || period.isNegative()) {
      return Optional.of("warrantyPeriod must be longer than zero, such as P90D.");
    }
    return Optional.empty();
  }
}
