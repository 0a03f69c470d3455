package com.deliverysupervision.catalogue;

import java.math.BigDecimal;
import java.util.Map;

/** Building blocks of the specifications the pricing tests price and check. */
final class SpecificationFixtures {
  static final String VERSION = "Software Version";
  static final String REGION = "Region";

  private SpecificationFixtures() {}

  static Specification simple(Billing billing, Price price) {
    return new Specification("Basic", billing, PricingTemplate.SIMPLE, price, null, null, null);
  }

  static Map<String, String> edition(String version, String region) {
    return Map.of(VERSION, version, REGION, region);
  }

  static Price oneTime(String amount) {
    return new Price(new BigDecimal(amount), null, null);
  }

  static Price recurring(String perMonth, String perYear) {
    return new Price(null, new BigDecimal(perMonth), new BigDecimal(perYear));
  }
}
