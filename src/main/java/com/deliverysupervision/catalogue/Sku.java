package com.deliverysupervision.catalogue;

import com.deliverysupervision.web.PlainText;
import java.util.Map;

/**
 * One combination of enumeration values and its price (REL-5).
 *
 * @param attributes the value of every enumeration attribute, by attribute name
 */
public record Sku(
    Map<@PlainText(oneLine = true) String, @PlainText(oneLine = true) String> attributes,
    Price price) {}
