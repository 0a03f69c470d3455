package com.deliverysupervision.catalogue;

/** How a product reaches the customer; the catalogue serves all three. */
public enum DeliveryMethod {
  LICENSE,
  SAAS,
  PROFESSIONAL_SERVICE
}
