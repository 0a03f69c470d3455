package com.deliverysupervision.catalogue;

import static com.deliverysupervision.catalogue.SpecificationFixtures.REGION;
import static com.deliverysupervision.catalogue.SpecificationFixtures.VERSION;
import static com.deliverysupervision.catalogue.SpecificationFixtures.edition;
import static com.deliverysupervision.catalogue.SpecificationFixtures.oneTime;
import static com.deliverysupervision.catalogue.SpecificationFixtures.recurring;
import static com.deliverysupervision.catalogue.SpecificationFixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpecificationCheckTest {
  private static final Currency USD = Currency.getInstance("USD");

  private final SpecificationCheck check = new SpecificationCheck();

  @Test
  @DisplayName("REL-4 a simple one-time and a simple yearly/monthly specification pass")
  void validSimple() {
    assertThat(check.problemsOf(simple(Billing.ONE_TIME, oneTime("250")), USD)).isEmpty();
    assertThat(check.problemsOf(simple(Billing.YEARLY_MONTHLY, recurring("20", "200")), USD))
        .isEmpty();
  }

  @Test
  @DisplayName("REL-5 a custom specification with every SKU priced and tiered users passes")
  void validCustom() {
    assertThat(check.problemsOf(custom(allSkus(), tieredUsers(tier(10), tier(null))), USD))
        .isEmpty();
  }

  @Test
  @DisplayName("REL-4 a specification without a price is refused, naming what its billing needs")
  void withoutPrice() {
    assertThat(check.problemsOf(simple(Billing.YEARLY_MONTHLY, null), USD))
        .containsExactly("price: missing; a YEARLY_MONTHLY price needs perMonth and perYear");
  }

  @Test
  @DisplayName("REL-4 a one-time specification priced per month is refused on both fields")
  void priceFieldsOfTheOtherBilling() {
    Price monthly = new Price(null, new BigDecimal("20"), null);

    assertThat(check.problemsOf(simple(Billing.ONE_TIME, monthly), USD))
        .containsExactly(
            "price.oneTime: missing; a ONE_TIME price needs oneTime",
            "price.perMonth: not used by ONE_TIME billing; remove it");
  }

  @Test
  @DisplayName(
      "REL-4 ALL-3 prices are at least 0, have at most 4 decimal places and no more whole digits than an order's amount")
  void amounts() {
    assertThat(check.problemsOf(simple(Billing.YEARLY_MONTHLY, recurring("-1", "0.12345")), USD))
        .containsExactly(
            "price.perMonth: -1 is below 0",
            "price.perYear: 0.12345 has more than 4 decimal places");
    assertThat(check.problemsOf(simple(Billing.ONE_TIME, oneTime("1E+30")), USD))
        .containsExactly(
            "price.oneTime: 1E+30 has more than the 17 whole digits an order's amount can have");
    assertThat(check.problemsOf(simple(Billing.ONE_TIME, oneTime("99999999999999999.99")), USD))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "REL-4 ALL-3 a product priced in a currency of 3 decimal places (KWD) is refused: orders, bills and settlements keep 2")
  void currencyOfThreeDecimals() {
    assertThat(
            check.problemsOf(
                simple(Billing.ONE_TIME, oneTime("10.125")), Currency.getInstance("KWD")))
        .contains(
            "currency: KWD has 3 decimal places, and orders, bills and settlements keep 2; choose"
                + " a currency such as USD or EUR");
  }

  @Test
  @DisplayName(
      "REL-4 ALL-3 a price with an exponent of a billion is refused in a few words, as it was sent")
  void hugeExponents() {
    assertThat(check.problemsOf(simple(Billing.ONE_TIME, oneTime("1e999999999")), USD))
        .containsExactly(
            "price.oneTime: 1E+999999999 has more than the 17 whole digits an order's amount can"
                + " have");
    assertThat(check.problemsOf(simple(Billing.ONE_TIME, oneTime("-1e-999999999")), USD))
        .containsExactly(
            "price.oneTime: -1E-999999999 is below 0",
            "price.oneTime: -1E-999999999 has more than 4 decimal places");
  }

  @Test
  @DisplayName("REL-5 a combination without an SKU is refused, naming the combination")
  void missingCombination() {
    List<Sku> skus = allSkus();
    skus.remove(2);

    assertThat(check.problemsOf(List.of(custom(skus, null)), USD))
        .containsExactly(
            "specifications[0].skus: the combination Software Version=Enterprise, Region=EU"
                + " has no price");
  }

  @Test
  @DisplayName("REL-5 a combination priced twice is refused, naming both SKUs")
  void duplicateSku() {
    List<Sku> skus = allSkus();
    skus.add(new Sku(edition("Basic", "EU"), oneTime("99")));

    assertThat(check.problemsOf(custom(skus, null), USD))
        .containsExactly(
            "skus[6].attributes: the combination Software Version=Basic, Region=EU"
                + " already has a price in skus[0]");
  }

  @Test
  @DisplayName("REL-5 an SKU with a value its attribute does not list is refused")
  void unknownValueInSku() {
    List<Sku> skus = allSkus();
    skus.set(5, new Sku(edition("Ultimate", "US"), oneTime("450")));

    assertThat(check.problemsOf(custom(skus, null), USD))
        .containsExactly(
            "skus[5].attributes.Software Version: Ultimate is not one of"
                + " Basic, Enterprise, Professional",
            "skus: the combination Software Version=Professional, Region=US has no price");
  }

  @Test
  @DisplayName("REL-5 an SKU without a price is refused")
  void skuWithoutPrice() {
    List<Sku> skus = allSkus();
    skus.set(0, new Sku(edition("Basic", "EU"), null));

    assertThat(check.problemsOf(custom(skus, null), USD))
        .containsExactly("skus[0].price: missing; a ONE_TIME price needs oneTime");
  }

  @Test
  @DisplayName("REL-5 tiers must ascend and the last must reach the quantity's max of 500")
  void tiersOutOfOrder() {
    QuantityAttribute users = tieredUsers(tier(10), tier(10), tier(100));

    assertThat(check.problemsOf(custom(allSkus(), users), USD))
        .containsExactly(
            "quantities[0].tiers[1].upTo: 10 must be above 10",
            "quantities[0].tiers[2].upTo: 100 leaves Users 101 to 500 without a price;"
                + " raise it to 500 or leave it empty");
  }

  @Test
  @DisplayName("REL-5 only the last tier is open-ended, and every tier has a unit price")
  void openTierInTheMiddle() {
    QuantityAttribute users = tieredUsers(tier(null), new Tier(50, null), tier(null));

    assertThat(check.problemsOf(custom(allSkus(), users), USD))
        .containsExactly(
            "quantities[0].tiers[0].upTo: missing; only the last tier may be open-ended",
            "quantities[0].tiers[1].unitPrice: missing; a ONE_TIME price needs oneTime");
  }

  @Test
  @DisplayName("REL-5 a quantity's max must be reached from its min in its steps")
  void unreachableMax() {
    QuantityAttribute users =
        new QuantityAttribute("Users", 5, 502, 5, QuantityPricing.LINEAR, oneTime("3"), null);

    assertThat(check.problemsOf(custom(allSkus(), users), USD))
        .containsExactly("quantities[0].max: 502 cannot be reached from min 5 in steps of 5");
  }

  @Test
  @DisplayName("REL-5 a quantity cannot share its name with an enumeration attribute")
  void sharedAttributeName() {
    QuantityAttribute region =
        new QuantityAttribute(REGION, 1, 10, 1, QuantityPricing.LINEAR, oneTime("3"), null);

    assertThat(check.problemsOf(custom(allSkus(), region), USD))
        .containsExactly("quantities[0].name: Region is already the name of enumerations[1]");
  }

  private static Specification custom(List<Sku> skus, QuantityAttribute users) {
    return new Specification(
        "Office Suite",
        Billing.ONE_TIME,
        PricingTemplate.CUSTOM,
        null,
        List.of(
            new EnumerationAttribute(VERSION, List.of("Basic", "Enterprise", "Professional")),
            new EnumerationAttribute(REGION, List.of("EU", "US"))),
        skus,
        users == null ? null : List.of(users));
  }

  private static List<Sku> allSkus() {
    return new ArrayList<>(
        List.of(
            new Sku(edition("Basic", "EU"), oneTime("100")),
            new Sku(edition("Basic", "US"), oneTime("110")),
            new Sku(edition("Enterprise", "EU"), oneTime("800")),
            new Sku(edition("Enterprise", "US"), oneTime("900")),
            new Sku(edition("Professional", "EU"), oneTime("400")),
            new Sku(edition("Professional", "US"), oneTime("450"))));
  }

  private static QuantityAttribute tieredUsers(Tier... tiers) {
    return new QuantityAttribute("Users", 5, 500, 5, QuantityPricing.TIERED, null, List.of(tiers));
  }

  private static Tier tier(Integer upTo) {
    return new Tier(upTo, oneTime("5"));
  }
}
