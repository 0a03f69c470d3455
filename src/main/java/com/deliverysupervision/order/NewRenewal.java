package com.deliverysupervision.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A renewal the marketplace sends (LIC-7): its own ID, which makes a renewal sent twice renew once,
 * and the period bought, ISO-8601 (P1M, P1Y).
 */
public record NewRenewal(
    @NotBlank @Size(max = 64) @Pattern(regexp = NewOrder.ID, message = NewOrder.ID_MESSAGE)
        String renewalId,
    @NotBlank @Pattern(regexp = NewOrder.PERIOD, message = NewOrder.PERIOD_MESSAGE + " such as P1M")
        String period) {}
