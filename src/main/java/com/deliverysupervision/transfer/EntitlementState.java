package com.deliverysupervision.transfer;

/**
 * Where an entitlement stands (GCP-1): only an active one is transferred; a cancelled one stays
 * cancelled.
 */
public enum EntitlementState {
  ACTIVE,
  SUSPENDED,
  CANCELLED
}
