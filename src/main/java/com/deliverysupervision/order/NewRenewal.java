package com.deliverysupervision.order;

import com.deliverysupervision.catalogue.MarketplaceCurrency;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A renewal the marketplace sends (LIC-7): its own ID, which makes a renewal sent twice renew once,
 * the period bought, ISO-8601 (P1M, P1Y), and what the customer paid for it, in the order's
 * currency: billed or settled as the order's own amount (SAAS-3, REL-2).
 */
public record NewRenewal(
    @NotBlank @Size(max = 64) @Pattern(regexp = NewOrder.ID, message = NewOrder.ID_MESSAGE)
        String renewalId,
    @NotBlank @Pattern(regexp = NewOrder.PERIOD, message = NewOrder.PERIOD_MESSAGE + " such as P1M")
        String period,
    @NotNull(message = "must be given: what the customer paid for the renewal")
        @DecimalMin("0.00")
        @Digits(
            integer = NewOrder.AMOUNT_INTEGER_DIGITS,
            fraction = NewOrder.AMOUNT_FRACTION_DIGITS)
        BigDecimal amount,
    /** Optional: the order's currency, which a renewal keeps. */
    @MarketplaceCurrency String currency) {}
