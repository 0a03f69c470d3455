package com.deliverysupervision.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The two rejection loops of the KooGallery service flows (SAAS-5, LIC-2, LIC-5): the seller sends
 * the request back to the customer, the customer sends the delivery back to the seller.
 */
enum Rejection {
  SELLER(
      "sellerRejections",
      SaasSupervision.REQUEST_DECISION,
      SaasSupervision.REQUEST_REJECTION_REASON,
      "lastRequestRejectionReason",
      "the seller rejected the request"),
  CUSTOMER(
      "customerRejections",
      SaasSupervision.DELIVERY_DECISION,
      SaasSupervision.DELIVERY_REJECTION_REASON,
      "lastDeliveryRejectionReason",
      "the customer rejected the delivery");

  /** How many times this side rejected. */
  final String counter;

  /** The decision of the round; cleared after counting, so the next round starts undecided. */
  final String decision;

  /** The reason of the round; cleared after counting, so a new rejection needs a new reason. */
  final String reason;

  /** The reason of the last rejection, shown to the other side in its next step. */
  final String lastReason;

  final String description;

  /**
   * The other side's next step shows the reason; the deciding side's next round starts undecided
   * and asks for a new reason (a form filled from the round before would offer the old ones).
   */
  void handBack(DelegateExecution execution) {
    execution.setVariable(lastReason, execution.getVariable(reason));
    execution.removeVariable(decision);
    execution.removeVariable(reason);
  }

  Rejection(String counter, String decision, String reason, String lastReason, String description) {
    this.counter = counter;
    this.decision = decision;
    this.reason = reason;
    this.lastReason = lastReason;
    this.description = description;
  }
}
