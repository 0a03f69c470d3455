package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.NewOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a seller must correct before a specification can be sold (REL-4, REL-5). It returns every
 * problem at once, each naming its field, so that the seller fixes them in one go. A specification
 * without problems has a price for everything it offers, which {@link PriceCalculator} relies on.
 */
@Component
public class SpecificationCheck {
  private static final int MAX_DECIMAL_PLACES = 4;
  // Listing more unpriced combinations would bury the other problems; a count says enough.
  private static final int LISTED_UNPRICED_COMBINATIONS = 20;

  /**
   * The problems of a product's specifications, fields named from the product down, e.g. {@code
   * specifications[0].skus: the combination Software Version=Enterprise has no price}; empty if
   * there are none.
   */
  public List<String> problemsOf(List<Specification> specifications, Currency currency) {
    List<String> problems = new ArrayList<>(currencyProblems(currency));
    if (specifications == null || specifications.isEmpty()) {
      problems.add("specifications: a product needs at least one specification");
      return problems;
    }
    Map<String, String> pathByName = new HashMap<>();
    for (int i = 0; i < specifications.size(); i++) {
      String path = "specifications[" + i + "]";
      Specification spec = specifications.get(i);
      if (spec == null) {
        problems.add(path + ": missing");
        continue;
      }
      // A selection names its specification, so two of the same name could not be told apart.
      String earlier = isBlank(spec.name()) ? null : pathByName.putIfAbsent(spec.name(), path);
      if (earlier != null) {
        problems.add(path + ".name: " + spec.name() + " is already the name of " + earlier);
      }
      specificationProblems(spec).forEach(problem -> problems.add(path + "." + problem));
    }
    return problems;
  }

  /**
   * The problems of one specification, fields named from the specification down, e.g. {@code skus:
   * the combination Software Version=Enterprise has no price}; empty if there are none.
   */
  public List<String> problemsOf(Specification spec, Currency currency) {
    List<String> problems = new ArrayList<>(currencyProblems(currency));
    problems.addAll(specificationProblems(spec));
    return problems;
  }

  private static List<String> currencyProblems(Currency currency) {
    if (currency == null) {
      return List.of("currency: missing");
    }
    return Currencies.problemWith(currency).map(words -> "currency: " + words).stream().toList();
  }

  private static List<String> specificationProblems(Specification spec) {
    List<String> problems = new ArrayList<>();
    if (isBlank(spec.name())) {
      problems.add("name: missing; give the specification a name");
    }
    if (spec.billing() == null) {
      problems.add("billing: missing; choose YEARLY_MONTHLY or ONE_TIME");
    }
    if (spec.pricingTemplate() == null) {
      problems.add("pricingTemplate: missing; choose SIMPLE or CUSTOM");
      return problems;
    }
    switch (spec.pricingTemplate()) {
      case SIMPLE -> checkSimple(spec, problems);
      case CUSTOM -> checkCustom(spec, problems);
    }
    return problems;
  }

  private static void checkSimple(Specification spec, List<String> problems) {
    checkPrice("price", spec.price(), spec.billing(), problems);
    String useCustom =
        ": a SIMPLE specification has one fixed price; choose CUSTOM to price by attribute";
    if (!orEmpty(spec.enumerations()).isEmpty()) {
      problems.add("enumerations" + useCustom);
    }
    if (!orEmpty(spec.skus()).isEmpty()) {
      problems.add("skus" + useCustom);
    }
    if (!orEmpty(spec.quantities()).isEmpty()) {
      problems.add("quantities" + useCustom);
    }
  }

  private static void checkCustom(Specification spec, List<String> problems) {
    if (spec.price() != null) {
      problems.add("price: a CUSTOM specification is priced per SKU; remove this price");
    }
    List<EnumerationAttribute> enumerations = orEmpty(spec.enumerations());
    Map<String, String> pathByName = new HashMap<>();
    boolean combinationsKnown = checkEnumerations(enumerations, pathByName, problems);
    checkSkus(spec, combinationsKnown ? enumerations : null, problems);
    List<QuantityAttribute> quantities = orEmpty(spec.quantities());
    for (int i = 0; i < quantities.size(); i++) {
      checkQuantity(
          "quantities[" + i + "]", quantities.get(i), spec.billing(), pathByName, problems);
    }
  }

  /** Whether the enumerations are sound enough to tell which combinations need a price. */
  private static boolean checkEnumerations(
      List<EnumerationAttribute> enumerations,
      Map<String, String> pathByName,
      List<String> problems) {
    if (enumerations.isEmpty()) {
      problems.add(
          "enumerations: a CUSTOM specification needs at least one attribute,"
              + " such as Software Version");
      return false;
    }
    int before = problems.size();
    for (int i = 0; i < enumerations.size(); i++) {
      String path = "enumerations[" + i + "]";
      EnumerationAttribute attribute = enumerations.get(i);
      if (attribute == null) {
        problems.add(path + ": missing");
        continue;
      }
      checkName(path, attribute.name(), pathByName, problems);
      checkValues(path + ".values", orEmpty(attribute.values()), problems);
    }
    return problems.size() == before;
  }

  private static void checkValues(String path, List<String> values, List<String> problems) {
    if (values.isEmpty()) {
      problems.add(path + ": missing; list at least one value");
    }
    Map<String, Integer> indexByValue = new HashMap<>();
    for (int j = 0; j < values.size(); j++) {
      String value = values.get(j);
      if (isBlank(value)) {
        problems.add(path + "[" + j + "]: a value cannot be blank");
      } else if (indexByValue.putIfAbsent(value, j) != null) {
        problems.add(path + "[" + j + "]: " + value + " is already listed");
      }
    }
  }

  private static void checkName(
      String path, String name, Map<String, String> pathByName, List<String> problems) {
    if (isBlank(name)) {
      problems.add(path + ".name: missing");
      return;
    }
    String earlier = pathByName.putIfAbsent(name, path);
    if (earlier != null) {
      problems.add(path + ".name: " + name + " is already the name of " + earlier);
    }
  }

  /**
   * Checks every SKU's price and, when {@code enumerations} is not null, that the SKUs price each
   * combination of enumeration values exactly once.
   */
  private static void checkSkus(
      Specification spec, List<EnumerationAttribute> enumerations, List<String> problems) {
    List<Sku> skus = orEmpty(spec.skus());
    Map<Map<String, String>, String> pathByCombination = new HashMap<>();
    for (int i = 0; i < skus.size(); i++) {
      String path = "skus[" + i + "]";
      Sku sku = skus.get(i);
      if (sku == null) {
        problems.add(path + ": missing");
        continue;
      }
      if (enumerations != null
          && isCombination(path + ".attributes", sku.attributes(), enumerations, problems)) {
        Map<String, String> combination = Map.copyOf(sku.attributes());
        String earlier = pathByCombination.putIfAbsent(combination, path);
        if (earlier != null) {
          problems.add(
              path
                  + ".attributes: the combination "
                  + describe(combination, enumerations)
                  + " already has a price in "
                  + earlier);
        }
      }
      checkPrice(path + ".price", sku.price(), spec.billing(), problems);
    }
    if (enumerations != null) {
      checkAllPriced(enumerations, pathByCombination.keySet(), problems);
    }
  }

  private static boolean isCombination(
      String path,
      Map<String, String> attributes,
      List<EnumerationAttribute> enumerations,
      List<String> problems) {
    Map<String, String> values = orEmpty(attributes);
    List<String> names = enumerations.stream().map(EnumerationAttribute::name).toList();
    int before = problems.size();
    for (String name : values.keySet()) {
      if (!names.contains(name)) {
        problems.add(
            path
                + "."
                + name
                + ": not an attribute of this specification; use "
                + String.join(", ", names));
      }
    }
    for (EnumerationAttribute attribute : enumerations) {
      String value = values.get(attribute.name());
      String choices = String.join(", ", attribute.values());
      if (value == null) {
        problems.add(path + "." + attribute.name() + ": missing; choose one of " + choices);
      } else if (!attribute.values().contains(value)) {
        problems.add(path + "." + attribute.name() + ": " + value + " is not one of " + choices);
      }
    }
    return problems.size() == before;
  }

  private static void checkAllPriced(
      List<EnumerationAttribute> enumerations,
      Set<Map<String, String>> priced,
      List<String> problems) {
    BigInteger offered =
        enumerations.stream()
            .map(attribute -> BigInteger.valueOf(attribute.values().size()))
            .reduce(BigInteger.ONE, BigInteger::multiply);
    BigInteger unpriced = offered.subtract(BigInteger.valueOf(priced.size()));
    if (unpriced.compareTo(BigInteger.valueOf(LISTED_UNPRICED_COMBINATIONS)) > 0) {
      problems.add(
          "skus: "
              + unpriced
              + " of the "
              + offered
              + " combinations have no price; each combination of one value per attribute"
              + " needs its own SKU");
      return;
    }
    if (unpriced.signum() > 0) {
      for (Map<String, String> combination : combinations(enumerations)) {
        if (!priced.contains(combination)) {
          problems.add(
              "skus: the combination " + describe(combination, enumerations) + " has no price");
        }
      }
    }
  }

  private static List<Map<String, String>> combinations(List<EnumerationAttribute> enumerations) {
    List<Map<String, String>> combinations = List.of(Map.of());
    for (EnumerationAttribute attribute : enumerations) {
      List<Map<String, String>> extended = new ArrayList<>();
      for (Map<String, String> combination : combinations) {
        for (String value : attribute.values()) {
          Map<String, String> next = new LinkedHashMap<>(combination);
          next.put(attribute.name(), value);
          extended.add(next);
        }
      }
      combinations = extended;
    }
    return combinations;
  }

  private static String describe(
      Map<String, String> combination, List<EnumerationAttribute> enumerations) {
    return enumerations.stream()
        .map(attribute -> attribute.name() + "=" + combination.get(attribute.name()))
        .collect(Collectors.joining(", "));
  }

  private static void checkQuantity(
      String path,
      QuantityAttribute quantity,
      Billing billing,
      Map<String, String> pathByName,
      List<String> problems) {
    if (quantity == null) {
      problems.add(path + ": missing");
      return;
    }
    checkName(path, quantity.name(), pathByName, problems);
    checkRange(path, quantity, problems);
    if (quantity.pricing() == null) {
      problems.add(path + ".pricing: missing; choose LINEAR or TIERED");
      return;
    }
    switch (quantity.pricing()) {
      case LINEAR -> checkLinear(path, quantity, billing, problems);
      case TIERED -> checkTiers(path, quantity, billing, problems);
    }
  }

  private static void checkRange(String path, QuantityAttribute quantity, List<String> problems) {
    int min = quantity.min();
    int max = quantity.max();
    int step = quantity.step();
    if (min < 0) {
      problems.add(path + ".min: " + min + " is below 0");
    }
    if (max < min) {
      problems.add(path + ".max: " + max + " is below min " + min);
    }
    if (step < 1) {
      problems.add(path + ".step: " + step + " is below 1");
    } else if (max >= min && ((long) max - min) % step != 0) {
      problems.add(
          path + ".max: " + max + " cannot be reached from min " + min + " in steps of " + step);
    }
  }

  private static void checkLinear(
      String path, QuantityAttribute quantity, Billing billing, List<String> problems) {
    checkPrice(path + ".unitPrice", quantity.unitPrice(), billing, problems);
    if (!orEmpty(quantity.tiers()).isEmpty()) {
      problems.add(
          path + ".tiers: a LINEAR quantity has one unitPrice; choose TIERED to price by tier");
    }
  }

  private static void checkTiers(
      String path, QuantityAttribute quantity, Billing billing, List<String> problems) {
    if (quantity.unitPrice() != null) {
      problems.add(
          path + ".unitPrice: a TIERED quantity is priced by its tiers; remove this price");
    }
    List<Tier> tiers = orEmpty(quantity.tiers());
    if (tiers.isEmpty()) {
      problems.add(path + ".tiers: missing; a TIERED quantity needs at least one tier");
      return;
    }
    int previousUpTo = 0;
    for (int j = 0; j < tiers.size(); j++) {
      String tierPath = path + ".tiers[" + j + "]";
      Tier tier = tiers.get(j);
      if (tier == null) {
        problems.add(tierPath + ": missing");
        continue;
      }
      boolean last = j == tiers.size() - 1;
      Integer upTo = tier.upTo();
      if (upTo == null && !last) {
        problems.add(tierPath + ".upTo: missing; only the last tier may be open-ended");
      } else if (upTo != null && upTo <= previousUpTo) {
        problems.add(tierPath + ".upTo: " + upTo + " must be above " + previousUpTo);
      } else if (upTo != null) {
        previousUpTo = upTo;
      }
      if (last && upTo != null && upTo < quantity.max()) {
        problems.add(
            tierPath
                + ".upTo: "
                + upTo
                + " leaves "
                + quantity.name()
                + " "
                + (upTo + 1)
                + " to "
                + quantity.max()
                + " without a price; raise it to "
                + quantity.max()
                + " or leave it empty");
      }
      checkPrice(tierPath + ".unitPrice", tier.unitPrice(), billing, problems);
    }
  }

  private static void checkPrice(String path, Price price, Billing billing, List<String> problems) {
    if (price == null) {
      problems.add(path + ": missing" + (billing == null ? "" : "; " + needs(billing)));
      return;
    }
    checkAmount(path + ".oneTime", price.oneTime(), billing, Billing.ONE_TIME, problems);
    checkAmount(path + ".perMonth", price.perMonth(), billing, Billing.YEARLY_MONTHLY, problems);
    checkAmount(path + ".perYear", price.perYear(), billing, Billing.YEARLY_MONTHLY, problems);
  }

  private static void checkAmount(
      String path, BigDecimal amount, Billing billing, Billing usedBy, List<String> problems) {
    if (amount == null) {
      if (billing == usedBy) {
        problems.add(path + ": missing; " + needs(billing));
      }
      return;
    }
    if (billing != null && billing != usedBy) {
      problems.add(path + ": not used by " + billing + " billing; remove it");
      return;
    }
    if (amount.signum() < 0) {
      problems.add(path + ": " + amount + " is below 0");
    }
    if (amount.precision() - amount.scale() > NewOrder.AMOUNT_INTEGER_DIGITS) {
      problems.add(
          path
              + ": "
              + amount
              + " has more than the "
              + NewOrder.AMOUNT_INTEGER_DIGITS
              + " whole digits an order's amount can have");
    }
    if (amount.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
      problems.add(
          path + ": " + amount + " has more than " + MAX_DECIMAL_PLACES + " decimal places");
    }
  }

  private static String needs(Billing billing) {
    return switch (billing) {
      case ONE_TIME -> "a ONE_TIME price needs oneTime";
      case YEARLY_MONTHLY -> "a YEARLY_MONTHLY price needs perMonth and perYear";
    };
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
