package com.deliverysupervision.catalogue;

/** REL-5: how the units of a quantity attribute are charged. */
public enum QuantityPricing {
  /** Every unit at the same unit price. */
  LINEAR,
  /** Every unit at the unit price of the tier it falls in. */
  TIERED
}
