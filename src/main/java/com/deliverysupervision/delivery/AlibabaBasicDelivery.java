package com.deliverysupervision.delivery;

import org.springframework.stereotype.Component;

/**
 * Alibaba Cloud Marketplace's basic delivery process (ALI-2), {@code
 * bpmn/alibaba-basic-delivery.bpmn}: its process key, element ids and the variables its forms fill.
 * Tests and code use these names, so a renamed id breaks the build instead of production.
 */
@Component
public class AlibabaBasicDelivery implements AlibabaDeliveryCenter {
  public static final String PROCESS_KEY = "alibaba-basic-delivery";

  public static final String TASK_SUBMIT_DEMAND = "Task_SubmitDemand";
  public static final String TASK_PROJECT_DELIVERY = "Task_ProjectDelivery";
  public static final String TASK_CONFIRM_DELIVERY = "Task_ConfirmDelivery";
  public static final String TIMER_CONFIRMATION_PERIOD_OVER = "Timer_ConfirmationPeriodOver";
  public static final String END_DELIVERY_COMPLETED = "EndEvent_DeliveryCompleted";

  /** Filled by the customer in Submit demand (ALI-2), shown in every later step (ALI-6). */
  public static final String CONTACT_NAME = "contactName";

  public static final String CONTACT_PHONE = "contactPhone";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String DEMANDS = "demands";

  /** Filled by the seller in Project delivery, optional. */
  public static final String DELIVERY_NOTES = "deliveryNotes";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }
}
