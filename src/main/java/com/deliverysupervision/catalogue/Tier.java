package com.deliverysupervision.catalogue;

/**
 * One band of a tiered quantity (REL-5): the units above the previous tier's {@code upTo}, up to
 * and including this {@code upTo}, each cost {@code unitPrice}.
 *
 * @param upTo the last unit of this tier; null on the last tier, which then has no upper bound
 */
public record Tier(Integer upTo, Price unitPrice) {}
