package com.deliverysupervision.order;

/** Where an order stands; it follows the order's delivery process. */
public enum OrderStatus {
  /** The delivery process runs (SAAS-1). */
  PROCESSING,
  /** The delivery process reached its end (ALI-2, LIC-5). */
  COMPLETED,
  /** An operations manager closed the order on an appeal (SAAS-10): it is not completed. */
  CLOSED
}
