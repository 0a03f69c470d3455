package com.deliverysupervision.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the marketplace sends when an entitlement's order is suspended, resumed or cancelled. */
public record NewEntitlementState(
    @NotNull EntitlementState state, @NotBlank @Size(max = 4000) String reason) {}
