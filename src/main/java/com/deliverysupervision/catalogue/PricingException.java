package com.deliverysupervision.catalogue;

/**
 * A selection that the specification does not offer; the message names the field and says what can
 * be chosen instead, in words for the customer.
 */
public class PricingException extends RuntimeException {
  PricingException(String message) {
    super(message);
  }
}
