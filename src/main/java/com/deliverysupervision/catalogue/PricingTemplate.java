package com.deliverysupervision.catalogue;

/** REL-5: how a specification's price is set. */
public enum PricingTemplate {
  /** One fixed price for the specification. */
  SIMPLE,
  /** A price per SKU, that is per combination of enumeration values, plus priced quantities. */
  CUSTOM
}
