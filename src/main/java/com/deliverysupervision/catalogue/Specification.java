package com.deliverysupervision.catalogue;

import com.deliverysupervision.web.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.util.List;

/**
 * One purchasable variant of a seller's product, with its billing (REL-4) and its pricing (REL-5).
 * A {@link PricingTemplate#SIMPLE} specification has only a {@code price}; a {@link
 * PricingTemplate#CUSTOM} one has {@code enumerations} with a price for each of their combinations
 * in {@code skus}, and may add {@code quantities}. {@link SpecificationCheck} says whether one is
 * complete.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Specification(
    @PlainText(oneLine = true) String name,
    Billing billing,
    PricingTemplate pricingTemplate,
    Price price,
    List<@Valid EnumerationAttribute> enumerations,
    List<@Valid Sku> skus,
    List<@Valid QuantityAttribute> quantities) {}
