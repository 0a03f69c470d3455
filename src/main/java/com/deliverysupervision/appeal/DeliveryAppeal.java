package com.deliverysupervision.appeal;

import java.util.List;

/**
 * The appeal process, {@code bpmn/delivery-appeal.bpmn}: a KooGallery appeal (SAAS-8, SAAS-10) or
 * an Alibaba dispute (ALI-1), its key, element ids and variables. Its business key is the order's
 * ID.
 */
public final class DeliveryAppeal {
  public static final String PROCESS_KEY = "delivery-appeal";

  /**
   * The key earlier versions gave the process: appeals filed then run to their decision on their
   * own definition.
   */
  static final String EARLIER_PROCESS_KEY = "koogallery-appeal";

  public static final String TASK_CHECK_APPEAL = "Task_CheckAppeal";
  public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
  public static final String END_FLOW_RESUMED = "EndEvent_FlowResumed";
  public static final String END_ORDER_SETTLED = "EndEvent_OrderSettled";

  public static final String END_DELIVERY_CONFIRMED = "EndEvent_DeliveryConfirmed";

  /**
   * The message a delivery waits for where it goes on after its confirmation (ALI-3): an
   * administrator confirming the delivery on a dispute sends it rather than completing the order.
   */
  public static final String DELIVERY_CONFIRMED_ON_DISPUTE = "deliveryConfirmedOnDispute";

  public static final String SUPERVISION_INSTANCE_ID = "supervisionInstanceId";
  public static final String APPELLANT = "appellant";
  public static final String APPEAL_REASON = "appealReason";
  public static final String FROZEN_AT = "frozenAt";

  /** How far the delivery's timers have been moved past the freeze, in milliseconds. */
  public static final String FROZEN_TIME_MOVED = "frozenTimeMoved";

  /** The group whose members decide (operations managers or marketplace administrators). */
  public static final String DECIDED_BY = "decidedBy";

  /** Whether completing the order on the appeal starts its validity period (SAAS-4). */
  public static final String VALIDITY_STARTS_ON_COMPLETION = "validityStartsOnCompletion";

  /** The decision, "resume", "complete" or "close", and its reason. */
  public static final String APPEAL_DECISION = "appealDecision";

  public static final String DECISION_REASON = "decisionReason";

  /**
   * What the rules keep of an appeal, set when it is checked and frozen and never by hand
   * (FactsNotChangedByHand): when the delivery froze (the timers move past the freeze, ALL-1), who
   * decides (SAAS-9), whether completing starts the validity period (SAAS-4).
   */
  public static final List<String> RULE_STATE =
      List.of(FROZEN_AT, FROZEN_TIME_MOVED, DECIDED_BY, VALIDITY_STARTS_ON_COMPLETION);

  static final int MAX_REASON_LENGTH = 4000;

  private DeliveryAppeal() {}
}
