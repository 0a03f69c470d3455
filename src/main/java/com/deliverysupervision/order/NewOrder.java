package com.deliverysupervision.order;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the marketplace sends to place an order. */
public record NewOrder(
    @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String orderId,
    @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String productId,
    @NotBlank @Size(max = 255) String specification,
    @NotBlank @Size(max = 64) String sellerId,
    @NotBlank @Size(max = 64) String customerId,
    @NotNull @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency,
    /** The delivery process the seller configured for the product, e.g. alibaba-basic-delivery. */
    @NotBlank String deliveryTemplate,
    /** For yearly/monthly products: the purchased period, ISO-8601 (P1Y, P1M, P3M). */
    @Pattern(regexp = PERIOD, message = "must be an ISO-8601 period such as P1Y or P1M")
        String purchasedPeriod,
    /**
     * ALI-3: the warranty period the seller set for the product, ISO-8601 (P90D, P1Y); required by
     * the templates that have a warranty stage.
     */
    @Pattern(regexp = PERIOD, message = "must be an ISO-8601 period such as P90D or P1Y")
        String warrantyPeriod) {

  /** An order of a product without a warranty period. */
  public NewOrder(
      String orderId,
      String productId,
      String specification,
      String sellerId,
      String customerId,
      BigDecimal amount,
      String currency,
      String deliveryTemplate,
      String purchasedPeriod) {
    this(
        orderId,
        productId,
        specification,
        sellerId,
        customerId,
        amount,
        currency,
        deliveryTemplate,
        purchasedPeriod,
        null);
  }

  static final String PERIOD = "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?";
  static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
  static final String ID_MESSAGE = "may hold only letters, digits, '.', '_' and '-'";
}
