package com.deliverysupervision.transfer;

import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entitlement as the marketplace creates it for an order of a Google Cloud Marketplace product.
 *
 * @param orderId the order it belongs to, if the order runs here
 * @param resellerId the reseller it is sold through; none for a direct order
 */
public record NewEntitlement(
    @NotBlank @Size(max = 64) @Pattern(regexp = NewOrder.ID, message = NewOrder.ID_MESSAGE)
        String entitlementId,
    @Size(max = 64) @PlainText(oneLine = true) String orderId,
    @NotBlank @Size(max = 64) @PlainText(oneLine = true) String customerId,
    @NotBlank @Size(max = 200) @PlainText(oneLine = true) String customerCompany,
    @NotBlank @Size(max = 64) @PlainText(oneLine = true) String isvId,
    @NotBlank @Size(max = 100) @PlainText(oneLine = true) String offerId,
    @NotBlank @Size(max = 100) @PlainText(oneLine = true) String productId,
    @NotBlank @Size(max = 64) @PlainText(oneLine = true) String billingAccountId,
    @Size(max = 64) @PlainText(oneLine = true) String resellerId) {}
