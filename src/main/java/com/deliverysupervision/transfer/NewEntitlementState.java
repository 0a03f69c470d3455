package com.deliverysupervision.transfer;

import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the marketplace sends when an entitlement's order is suspended, resumed or cancelled.
 *
 * @param reason at most 3,500 characters: a transfer it cancels keeps it behind words of its own,
 *     where the engine stores 4,000
 */
public record NewEntitlementState(
    @NotNull EntitlementState state, @NotBlank @Size(max = 3500) @PlainText String reason) {}
