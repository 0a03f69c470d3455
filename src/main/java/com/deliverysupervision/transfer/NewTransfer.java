package com.deliverysupervision.transfer;

import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a customer asks its ISV for (GCP-3): the kind of transfer and its targets.
 *
 * @param targetResellerId the reseller to move to (DIRECT_TO_RESELLER, CHANGE_RESELLER)
 * @param message what the customer tells the ISV
 */
public record NewTransfer(
    @NotNull TransferKind kind,
    @Size(max = 64) @PlainText(oneLine = true) String targetBillingAccountId,
    @Size(max = 64) @PlainText(oneLine = true) String targetResellerId,
    @Size(max = 4000) @PlainText String message) {}
