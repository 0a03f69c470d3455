package com.deliverysupervision.appeal;

/**
 * The appeal process (SAAS-8, SAAS-10), {@code bpmn/koogallery-appeal.bpmn}: its key, element ids
 * and variables. Its business key is the order's ID.
 */
public final class KooGalleryAppeal {
  public static final String PROCESS_KEY = "koogallery-appeal";

  public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
  public static final String END_FLOW_RESUMED = "EndEvent_FlowResumed";
  public static final String END_ORDER_SETTLED = "EndEvent_OrderSettled";

  public static final String SUPERVISION_INSTANCE_ID = "supervisionInstanceId";
  public static final String APPELLANT = "appellant";
  public static final String APPEAL_REASON = "appealReason";
  public static final String FROZEN_AT = "frozenAt";

  /** The operations manager's decision, "resume", "complete" or "close", and its reason. */
  public static final String APPEAL_DECISION = "appealDecision";

  public static final String DECISION_REASON = "decisionReason";

  private KooGalleryAppeal() {}
}
