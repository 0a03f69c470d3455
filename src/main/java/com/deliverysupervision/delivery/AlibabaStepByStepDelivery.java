package com.deliverysupervision.delivery;

import org.springframework.stereotype.Component;

/**
 * Alibaba Cloud Marketplace's step-by-step implementation (ALI-5), {@code
 * bpmn/alibaba-step-by-step-delivery.bpmn}: functional design, UED and development by the seller,
 * each confirmed or sent back by the customer, then the delivery's confirmation. The demand and
 * contact keep {@link AlibabaBasicDelivery}'s variables.
 */
@Component
public class AlibabaStepByStepDelivery implements AlibabaDeliveryCenter {
  public static final String PROCESS_KEY = "alibaba-step-by-step-delivery";

  public static final String TASK_FUNCTIONAL_DESIGN = "Task_FunctionalDesign";
  public static final String TASK_CONFIRM_FUNCTIONAL_DESIGN = "Task_ConfirmFunctionalDesign";
  public static final String TASK_UED = "Task_Ued";
  public static final String TASK_CONFIRM_UED = "Task_ConfirmUed";
  public static final String TASK_DEVELOPMENT_AND_TESTING = "Task_DevelopmentAndTesting";
  public static final String TASK_INSPECTION_AND_ACCEPTANCE = "Task_InspectionAndAcceptance";
  public static final String TASK_CONFIRM_DELIVERY = "Task_ConfirmDelivery";
  public static final String END_DELIVERY_COMPLETED = "EndEvent_DeliveryCompleted";

  /** What the seller submits in each of its steps; each step may add a file. */
  public static final String FUNCTIONAL_DESIGN = "functionalDesign";

  public static final String FUNCTIONAL_DESIGN_FILE = "functionalDesignFile";
  public static final String UED_DESIGN = "uedDesign";
  public static final String DEVELOPMENT_RESULT = "developmentResult";

  /** The customer's choice at each confirm step: {@link #CONFIRM} or {@link #SEND_BACK}. */
  public static final String STEP_DECISION = "stepDecision";

  public static final String CONFIRM = "confirm";
  public static final String SEND_BACK = "sendBack";

  /** Why the customer sends a step back; required then. */
  public static final String SEND_BACK_REASON = "sendBackReason";

  /** The last send-back's reason, shown in the seller's step it returned to. */
  public static final String LAST_SEND_BACK_REASON = "lastSendBackReason";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }
}
