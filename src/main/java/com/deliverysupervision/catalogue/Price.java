package com.deliverysupervision.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * An amount in the product's currency, for the billing of its specification (REL-4): a {@link
 * Billing#ONE_TIME} price sets only {@code oneTime}; a {@link Billing#YEARLY_MONTHLY} price sets
 * {@code perMonth} and {@code perYear}, since a year is usually cheaper than twelve months.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Price(BigDecimal oneTime, BigDecimal perMonth, BigDecimal perYear) {}
