package com.deliverysupervision.supervision;

/**
 * The two rejection loops of the service flow (SAAS-5): the seller sends the request back to the
 * customer, the customer sends the delivery back to the seller.
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

  Rejection(String counter, String decision, String reason, String lastReason, String description) {
    this.counter = counter;
    this.decision = decision;
    this.reason = reason;
    this.lastReason = lastReason;
    this.description = description;
  }
}
