package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.NewOrder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The currencies orders, bills and settlements can be kept in (REL-1, ALL-3): ISO 4217 codes with a
 * minor unit of at most {@link NewOrder#AMOUNT_FRACTION_DIGITS} places, and amounts with no more
 * places than their currency has.
 */
public final class Currencies {
  private Currencies() {}

  /** What is wrong with the code, in words for whoever sent it; empty for a usable one. */
  public static Optional<String> problemWith(String code) {
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException unknown) {
      return Optional.of("'" + code + "' is not an ISO 4217 currency code such as USD");
    }
    return problemWith(currency);
  }

  public static Optional<String> problemWith(Currency currency) {
    if (currency.getDefaultFractionDigits() < 0) {
      return Optional.of(
          currency.getCurrencyCode()
              + " has no minor unit to round amounts to; choose a currency such as USD or EUR");
    }
    // A price would be quoted to the fils, and the order, bill and settlement rounded to 2 places.
    if (currency.getDefaultFractionDigits() > NewOrder.AMOUNT_FRACTION_DIGITS) {
      return Optional.of(
          currency.getCurrencyCode()
              + " has "
              + currency.getDefaultFractionDigits()
              + " decimal places, and orders, bills and settlements keep "
              + NewOrder.AMOUNT_FRACTION_DIGITS
              + "; choose a currency such as USD or EUR");
    }
    return Optional.empty();
  }

  /** An amount with more decimal places than its currency has (1.5 JPY): what is wrong. */
  public static Optional<String> problemWith(BigDecimal amount, String code) {
    int places = Currency.getInstance(code).getDefaultFractionDigits();
    return amount.stripTrailingZeros().scale() > places
        ? Optional.of(
            amount.toPlainString() + " has more decimal places than " + code + " (" + places + ")")
        : Optional.empty();
  }
}
