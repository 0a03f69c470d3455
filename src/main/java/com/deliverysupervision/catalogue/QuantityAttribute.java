package com.deliverysupervision.catalogue;

import com.deliverysupervision.web.PlainText;
import java.util.List;

/**
 * A number the customer picks, e.g. Users from 5 to 500 in steps of 5, charged per unit (REL-5).
 * The quantities on offer are {@code min}, {@code min + step}, ... up to {@code max}.
 *
 * @param unitPrice the price of every unit when {@code pricing} is {@link QuantityPricing#LINEAR}
 * @param tiers the unit prices by band when {@code pricing} is {@link QuantityPricing#TIERED}
 */
public record QuantityAttribute(
    @PlainText(oneLine = true) String name,
    int min,
    int max,
    int step,
    QuantityPricing pricing,
    Price unitPrice,
    List<Tier> tiers) {}
