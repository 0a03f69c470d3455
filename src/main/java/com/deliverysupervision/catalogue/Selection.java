package com.deliverysupervision.catalogue;

import java.util.Map;

/**
 * What a customer picks when buying a specification.
 *
 * @param specification the name of the specification
 * @param attributes a value for every enumeration attribute, by attribute name
 * @param quantities a number for every quantity attribute, by attribute name
 * @param purchasedPeriod for {@link Billing#YEARLY_MONTHLY}, {@code P1M} to {@code P11M} or {@code
 *     P1Y} to {@code P5Y}; null for {@link Billing#ONE_TIME}
 */
public record Selection(
    String specification,
    Map<String, String> attributes,
    Map<String, Integer> quantities,
    String purchasedPeriod) {}
