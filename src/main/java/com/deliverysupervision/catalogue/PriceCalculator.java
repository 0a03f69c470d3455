package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.NewOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The amount a customer pays for a selection of a specification (REL-4, REL-5).
 *
 * <p>The amount is the price of the chosen SKU (or the simple price) plus the charge of every
 * quantity, taken for the purchased period: n months at {@code perMonth}, n years at {@code
 * perYear}, or once at {@code oneTime}. It is computed exactly and rounded once, at the end, half
 * up to the currency's minor unit, so that rounded unit prices never add up to a different total.
 *
 * <p>Tiered quantities are graduated: each unit costs the unit price of the tier it falls in, the
 * way tax brackets work, so one more unit never makes the whole purchase cheaper. With the tiers
 * "up to 10 at 5.00", "up to 50 at 4.00" and "above at 3.00", 60 users cost 10 × 5.00 + 40 × 4.00 +
 * 10 × 3.00 = 240.00, not 60 × 3.00 = 180.00. Units count from 1, whatever the quantity's minimum.
 *
 * <p>The specification must have passed {@link SpecificationCheck}; only the selection is checked
 * here.
 */
@Component
public class PriceCalculator {
  private static final Pattern PERIOD = Pattern.compile("P([1-9][0-9]?)([MY])");
  private static final int MAX_MONTHS = 11;
  private static final int MAX_YEARS = 5;
  private static final String PERIODS_OFFERED =
      "choose P1M to P11M for months or P1Y to P5Y for years";

  /**
   * The amount to charge for the selection, rounded to the currency's minor unit.
   *
   * @param currency the product's currency, one with a minor unit as {@link SpecificationCheck}
   *     requires
   * @throws PricingException if the selection asks for something the specification does not offer
   */
  public BigDecimal priceOf(Specification spec, Currency currency, Selection selection) {
    int fractionDigits = currency.getDefaultFractionDigits();
    if (fractionDigits < 0) {
      throw new IllegalArgumentException(currency + " has no minor unit to round to");
    }
    if (!spec.name().equals(selection.specification())) {
      throw new PricingException(
          "specification: "
              + selection.specification()
              + " is not offered here; choose "
              + spec.name());
    }
    Term term = termOf(spec.billing(), selection.purchasedPeriod());
    BigDecimal amount =
        term.of(chosenPrice(spec, selection))
            .add(quantitiesCharge(spec, selection, term))
            .setScale(fractionDigits, RoundingMode.HALF_UP);
    if (amount.precision() - amount.scale() > NewOrder.AMOUNT_INTEGER_DIGITS) {
      throw new PricingException(
          "amount: this selection costs "
              + amount.toPlainString()
              + " "
              + currency
              + ", more than one order can carry ("
              + NewOrder.AMOUNT_INTEGER_DIGITS
              + " whole digits); buy less, or in several orders");
    }
    return amount;
  }

  /** The part of a price one purchase takes: the one-time amount, or n months or n years. */
  private record Term(Function<Price, BigDecimal> rate, int count) {
    BigDecimal of(Price price) {
      return rate.apply(price).multiply(BigDecimal.valueOf(count));
    }
  }

  private static Term termOf(Billing billing, String period) {
    return switch (billing) {
      case ONE_TIME -> once(period);
      case YEARLY_MONTHLY -> recurring(period);
    };
  }

  private static Term once(String period) {
    if (period != null) {
      throw new PricingException(
          "purchasedPeriod: "
              + period
              + " is not offered; this specification is paid once, so leave the period out");
    }
    return new Term(Price::oneTime, 1);
  }

  private static Term recurring(String period) {
    if (period == null) {
      throw new PricingException("purchasedPeriod: missing; " + PERIODS_OFFERED);
    }
    Matcher matcher = PERIOD.matcher(period);
    if (matcher.matches()) {
      int count = Integer.parseInt(matcher.group(1));
      boolean months = matcher.group(2).equals("M");
      if (count <= (months ? MAX_MONTHS : MAX_YEARS)) {
        return new Term(months ? Price::perMonth : Price::perYear, count);
      }
    }
    throw new PricingException(
        "purchasedPeriod: " + period + " is not offered; " + PERIODS_OFFERED);
  }

  private static Price chosenPrice(Specification spec, Selection selection) {
    List<EnumerationAttribute> enumerations = orEmpty(spec.enumerations());
    Map<String, String> chosen = orEmpty(selection.attributes());
    refuseUnknown(
        "attributes",
        chosen.keySet(),
        enumerations.stream().map(EnumerationAttribute::name).toList(),
        spec);
    for (EnumerationAttribute attribute : enumerations) {
      String value = chosen.get(attribute.name());
      String choices = "choose one of " + String.join(", ", attribute.values());
      if (value == null) {
        throw new PricingException("attributes." + attribute.name() + ": missing; " + choices);
      }
      if (!attribute.values().contains(value)) {
        throw new PricingException(
            "attributes." + attribute.name() + ": " + value + " is not offered; " + choices);
      }
    }
    if (spec.pricingTemplate() == PricingTemplate.SIMPLE) {
      return spec.price();
    }
    return spec.skus().stream()
        .filter(sku -> sku.attributes().equals(chosen))
        .findFirst()
        .map(Sku::price)
        .orElseThrow(
            () ->
                new PricingException(
                    "attributes: the combination "
                        + enumerations.stream()
                            .map(attribute -> attribute.name() + "=" + chosen.get(attribute.name()))
                            .collect(Collectors.joining(", "))
                        + " is not offered"));
  }

  private static BigDecimal quantitiesCharge(Specification spec, Selection selection, Term term) {
    List<QuantityAttribute> quantities = orEmpty(spec.quantities());
    Map<String, Integer> chosen = orEmpty(selection.quantities());
    refuseUnknown(
        "quantities",
        chosen.keySet(),
        quantities.stream().map(QuantityAttribute::name).toList(),
        spec);
    BigDecimal charge = BigDecimal.ZERO;
    for (QuantityAttribute quantity : quantities) {
      int units = offered(quantity, chosen.get(quantity.name()));
      charge = charge.add(chargeOf(quantity, units, term));
    }
    return charge;
  }

  private static int offered(QuantityAttribute quantity, Integer units) {
    String field = "quantities." + quantity.name() + ": ";
    String choices =
        "choose from "
            + quantity.min()
            + " to "
            + quantity.max()
            + " in steps of "
            + quantity.step();
    if (units == null) {
      throw new PricingException(field + "missing; " + choices);
    }
    if (units < quantity.min()
        || units > quantity.max()
        || (units - quantity.min()) % quantity.step() != 0) {
      throw new PricingException(field + units + " is not offered; " + choices);
    }
    return units;
  }

  private static BigDecimal chargeOf(QuantityAttribute quantity, int units, Term term) {
    return switch (quantity.pricing()) {
      case LINEAR -> term.of(quantity.unitPrice()).multiply(BigDecimal.valueOf(units));
      case TIERED -> graduated(quantity.tiers(), units, term);
    };
  }

  private static BigDecimal graduated(List<Tier> tiers, int units, Term term) {
    BigDecimal charge = BigDecimal.ZERO;
    int charged = 0;
    for (Tier tier : tiers) {
      int upTo = tier.upTo() == null ? units : Math.min(tier.upTo(), units);
      if (upTo <= charged) {
        break;
      }
      charge = charge.add(term.of(tier.unitPrice()).multiply(BigDecimal.valueOf(upTo - charged)));
      charged = upTo;
    }
    return charge;
  }

  private static void refuseUnknown(
      String field, Collection<String> chosen, List<String> offered, Specification spec) {
    for (String name : chosen) {
      if (!offered.contains(name)) {
        String choices = offered.isEmpty() ? "" : "; choose from " + String.join(", ", offered);
        throw new PricingException(
            field + "." + name + ": not offered by " + spec.name() + choices);
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
