package com.deliverysupervision.catalogue;

import java.util.Map;

/**
 * One combination of enumeration values and its price (REL-5).
 *
 * @param attributes the value of every enumeration attribute, by attribute name
 */
public record Sku(Map<String, String> attributes, Price price) {}
