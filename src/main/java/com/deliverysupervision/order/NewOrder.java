package com.deliverysupervision.order;

import com.deliverysupervision.catalogue.MarketplaceCurrency;
import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** What the marketplace sends to place an order. */
public record NewOrder(
    @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String orderId,
    @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = ID_MESSAGE) String productId,
    @NotBlank @Size(max = 255) @PlainText(oneLine = true) String specification,
    @NotBlank @Size(max = 64) @PlainText(oneLine = true) String sellerId,
    @NotBlank @Size(max = 64) @PlainText(oneLine = true) String customerId,
    /** Required for a product outside the catalogue; of a catalogue product, its price (REL-1). */
    @DecimalMin("0.00") @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_FRACTION_DIGITS)
        BigDecimal amount,
    /** Required for a product outside the catalogue; a catalogue product has its own (REL-1). */
    @MarketplaceCurrency String currency,
    /**
     * The delivery process the seller configured for the product, e.g. alibaba-basic-delivery:
     * required for a product outside the catalogue; a catalogue product names its own (REL-1).
     */
    @Size(max = 64) @PlainText(oneLine = true) String deliveryTemplate,
    /** For yearly/monthly products: the purchased period, ISO-8601 (P1Y, P1M, P3M). */
    @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE + " such as P1Y or P1M")
        String purchasedPeriod,
    /**
     * ALI-3: the warranty period the seller set for the product, ISO-8601 (P90D, P1Y); required by
     * the templates that have a warranty stage.
     */
    @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE + " such as P90D or P1Y")
        String warrantyPeriod,
    /** REL-5: of a catalogue product with a custom pricing template, the SKU's attribute values. */
    @Size(max = 20)
        Map<@PlainText(oneLine = true) String, @PlainText(oneLine = true) String> attributes,
    /** REL-5: the quantities of its quantity attributes, e.g. {"Users": 25}. */
    @Size(max = 20) Map<@PlainText(oneLine = true) String, Integer> quantities,
    /**
     * LIC-8: when the customer placed the order, for an order imported from before it reached this
     * application; not in the future; now when absent.
     */
    OffsetDateTime placedAt,
    /**
     * REL-3: the delivery period in calendar days from the placement, for a product outside the
     * catalogue; a catalogue product has its own.
     */
    @Positive Integer deliveryPeriodDays) {

  /** An order of a product with a warranty period, outside the catalogue. */
  public NewOrder(
      String orderId,
      String productId,
      String specification,
      String sellerId,
      String customerId,
      BigDecimal amount,
      String currency,
      String deliveryTemplate,
      String purchasedPeriod,
      String warrantyPeriod) {
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
        warrantyPeriod,
        null,
        null,
        null,
        null);
  }

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
        null,
        null,
        null,
        null,
        null);
  }

  // Years, months and days, or weeks alone, at least one of them not zero (P0D would buy, renew or
  // warrant nothing), each with few enough digits that the period ends on a date the database can
  // store and fits its column. Weeks with other units Camunda's timers cannot read (ALI-3).
  static final String PERIOD = "P(?=.*[1-9])(?:(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}D)?|\\d{1,4}W)";
  static final String PERIOD_MESSAGE =
      "must be an ISO-8601 period longer than zero, in years, months and days (P1Y2M10D) or in"
          + " weeks alone (P2W), of at most 999 years, 9999 months, 99999 days or 9999 weeks,";

  /** The whole digits an order's amount may have: what the order, bill and settlement store. */
  public static final int AMOUNT_INTEGER_DIGITS = 17;

  /** The decimal places of an order's amount: what the order, bill and settlement store. */
  public static final int AMOUNT_FRACTION_DIGITS = 2;

  /** An ID the marketplace gives: it becomes part of this API's addresses as it is. */
  public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

  public static final String ID_MESSAGE = "may hold only letters, digits, '.', '_' and '-'";
}
