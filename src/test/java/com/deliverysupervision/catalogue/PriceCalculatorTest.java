package com.deliverysupervision.catalogue;

import static com.deliverysupervision.catalogue.SpecificationFixtures.REGION;
import static com.deliverysupervision.catalogue.SpecificationFixtures.VERSION;
import static com.deliverysupervision.catalogue.SpecificationFixtures.edition;
import static com.deliverysupervision.catalogue.SpecificationFixtures.oneTime;
import static com.deliverysupervision.catalogue.SpecificationFixtures.recurring;
import static com.deliverysupervision.catalogue.SpecificationFixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceCalculatorTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private final PriceCalculator calculator = new PriceCalculator();

  @Test
  @DisplayName("REL-4 a simple one-time price is charged once: 250.00")
  void simpleOneTime() {
    Specification spec = simple(Billing.ONE_TIME, oneTime("250"));

    assertThat(priceOf(spec, USD, select(spec, Map.of(), Map.of(), null)))
        .isEqualTo(new BigDecimal("250.00"));
  }

  @ParameterizedTest(name = "{0} costs {1}")
  @CsvSource({"P1M, 20.00", "P3M, 60.00", "P11M, 220.00", "P1Y, 200.00", "P2Y, 400.00"})
  @DisplayName("REL-4 a simple yearly/monthly price is n × 20.00 per month or n × 200.00 per year")
  void simpleYearlyMonthly(String period, BigDecimal expected) {
    Specification spec = simple(Billing.YEARLY_MONTHLY, recurring("20", "200"));

    assertThat(priceOf(spec, USD, select(spec, Map.of(), Map.of(), period))).isEqualTo(expected);
  }

  @Test
  @DisplayName(
      "REL-4 ALL-3 a selection that costs more than an order's amount can carry is refused, saying so")
  void moreThanAnOrderCarries() {
    Specification spec = simple(Billing.YEARLY_MONTHLY, recurring("1", "99999999999999999.99"));

    assertThatThrownBy(() -> priceOf(spec, USD, select(spec, Map.of(), Map.of(), "P5Y")))
        .isInstanceOf(PricingException.class)
        .hasMessage(
            "amount: this selection costs 499999999999999999.95 USD, more than one order can"
                + " carry (17 whole digits); buy less, or in several orders");
    assertThat(priceOf(spec, USD, select(spec, Map.of(), Map.of(), "P1Y")))
        .isEqualByComparingTo("99999999999999999.99");
  }

  @Test
  @DisplayName("REL-4 a one-time price refuses a purchased period")
  void oneTimeRefusesPeriod() {
    Specification spec = simple(Billing.ONE_TIME, oneTime("250"));

    assertThatThrownBy(() -> priceOf(spec, USD, select(spec, Map.of(), Map.of(), "P1M")))
        .isInstanceOf(PricingException.class)
        .hasMessageStartingWith("purchasedPeriod: P1M is not offered; this specification is paid");
  }

  @ParameterizedTest(name = "{0} is refused")
  @NullSource
  @ValueSource(strings = {"P13M", "P12M", "P0M", "P6Y", "P1D", "P1Y2M", "p1m"})
  @DisplayName("REL-4 yearly/monthly takes only P1M to P11M or P1Y to P5Y")
  void yearlyMonthlyRefusesOtherPeriods(String period) {
    Specification spec = simple(Billing.YEARLY_MONTHLY, recurring("20", "200"));

    assertThatThrownBy(() -> priceOf(spec, USD, select(spec, Map.of(), Map.of(), period)))
        .isInstanceOf(PricingException.class)
        .hasMessageStartingWith("purchasedPeriod: ")
        .hasMessageEndingWith("choose P1M to P11M for months or P1Y to P5Y for years");
  }

  @Test
  @DisplayName("REL-5 an SKU is charged its own price: Enterprise in US = 900.00")
  void skuPrice() {
    Specification spec = versionsByRegion();

    assertThat(priceOf(spec, USD, select(spec, edition("Enterprise", "US"), Map.of(), null)))
        .isEqualTo(new BigDecimal("900.00"));
  }

  @Test
  @DisplayName("REL-5 a value no SKU has is refused, naming the attribute and the choices")
  void unknownSkuValue() {
    Specification spec = versionsByRegion();

    assertThatThrownBy(
            () -> priceOf(spec, USD, select(spec, edition("Ultimate", "US"), Map.of(), null)))
        .isInstanceOf(PricingException.class)
        .hasMessage(
            "attributes.Software Version: Ultimate is not offered;"
                + " choose one of Basic, Enterprise, Professional");
  }

  @Test
  @DisplayName("REL-5 a missing attribute is refused")
  void missingAttribute() {
    Specification spec = versionsByRegion();

    assertThatThrownBy(
            () -> priceOf(spec, USD, select(spec, Map.of(VERSION, "Basic"), Map.of(), null)))
        .isInstanceOf(PricingException.class)
        .hasMessage("attributes.Region: missing; choose one of EU, US");
  }

  @Test
  @DisplayName("REL-5 linear users: SKU 100.00 + 20 users × 3.00 = 160.00")
  void linearQuantity() {
    Specification spec = withUsers(oneTime("100"), linearUsers(5, 500, 5, oneTime("3")));

    assertThat(priceOf(spec, USD, users(spec, 20, null))).isEqualTo(new BigDecimal("160.00"));
  }

  @Test
  @DisplayName("REL-5 tiered users at the tier boundary: 10 users = 10 × 5.00 = 50.00")
  void tieredAtBoundary() {
    assertThat(tieredUsers(10)).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  @DisplayName("REL-5 tiered users just across a tier: 11 users = 10 × 5.00 + 1 × 4.00 = 54.00")
  void tieredJustAcross() {
    assertThat(tieredUsers(11)).isEqualTo(new BigDecimal("54.00"));
  }

  @Test
  @DisplayName("REL-5 tiered users are graduated: 25 users = 10 × 5.00 + 15 × 4.00 = 110.00")
  void tieredGraduated() {
    assertThat(tieredUsers(25)).isEqualTo(new BigDecimal("110.00"));
  }

  @Test
  @DisplayName(
      "REL-5 tiered users across two tiers: 60 users = 10 × 5.00 + 40 × 4.00 + 10 × 3.00 = 240.00")
  void tieredAcrossTwoTiers() {
    assertThat(tieredUsers(60)).isEqualTo(new BigDecimal("240.00"));
  }

  @ParameterizedTest(name = "{0} users are refused")
  @ValueSource(ints = {0, 7, 505})
  @DisplayName("REL-5 a quantity outside 5 to 500 or off its steps of 5 is refused")
  void quantityNotOffered(int count) {
    Specification spec = withUsers(oneTime("100"), linearUsers(5, 500, 5, oneTime("3")));

    assertThatThrownBy(() -> priceOf(spec, USD, users(spec, count, null)))
        .isInstanceOf(PricingException.class)
        .hasMessage(
            "quantities.Users: " + count + " is not offered; choose from 5 to 500 in steps of 5");
  }

  @Test
  @DisplayName("REL-5 a quantity the specification does not have is refused")
  void unknownQuantity() {
    Specification spec = withUsers(oneTime("100"), linearUsers(5, 500, 5, oneTime("3")));
    Selection selection =
        select(spec, Map.of(VERSION, "Basic"), Map.of("Users", 5, "Seats", 5), null);

    assertThatThrownBy(() -> priceOf(spec, USD, selection))
        .isInstanceOf(PricingException.class)
        .hasMessage("quantities.Seats: not offered by Cloud Office; choose from Users");
  }

  @Test
  @DisplayName("REL-5 the amount is rounded once at the end: 3 × 0.125 = 0.375 → 0.38 USD")
  void roundsOnceToCents() {
    Specification spec = withUsers(oneTime("0"), linearUsers(1, 100, 1, oneTime("0.125")));

    assertThat(priceOf(spec, USD, users(spec, 3, null))).isEqualTo(new BigDecimal("0.38"));
  }

  @Test
  @DisplayName("REL-5 yen have no minor unit: 3 × 12.5 = 37.5 → 38 JPY")
  void roundsToWholeYen() {
    Specification spec = withUsers(oneTime("0"), linearUsers(1, 100, 1, oneTime("12.5")));

    assertThat(priceOf(spec, JPY, users(spec, 3, null))).isEqualTo(new BigDecimal("38"));
  }

  @Test
  @DisplayName("REL-5 SKU and users for 3 months: 3 × (50.00 + 10 users × 2.00) = 210.00")
  void skuAndQuantityForMonths() {
    Specification spec =
        withUsers(recurring("50", "500"), linearUsers(5, 500, 5, recurring("2", "20")));

    assertThat(priceOf(spec, USD, users(spec, 10, "P3M"))).isEqualTo(new BigDecimal("210.00"));
  }

  @Test
  @DisplayName(
      "REL-5 SKU and tiered users for 2 years: 2 × (500.00 + 10 × 50.00 + 2 × 40.00) = 2160.00")
  void skuAndTiersForYears() {
    Specification spec =
        withUsers(
            recurring("50", "500"),
            tieredUsers(new Tier(10, recurring("5", "50")), new Tier(null, recurring("4", "40"))));

    assertThat(priceOf(spec, USD, users(spec, 12, "P2Y"))).isEqualTo(new BigDecimal("2160.00"));
  }

  private BigDecimal priceOf(Specification spec, Currency currency, Selection selection) {
    return calculator.priceOf(spec, currency, selection);
  }

  private BigDecimal tieredUsers(int count) {
    Specification spec =
        withUsers(
            oneTime("0"),
            tieredUsers(
                new Tier(10, oneTime("5")),
                new Tier(50, oneTime("4")),
                new Tier(null, oneTime("3"))));
    return priceOf(spec, USD, users(spec, count, null));
  }

  private static Specification versionsByRegion() {
    return new Specification(
        "Office Suite",
        Billing.ONE_TIME,
        PricingTemplate.CUSTOM,
        null,
        List.of(
            new EnumerationAttribute(VERSION, List.of("Basic", "Enterprise", "Professional")),
            new EnumerationAttribute(REGION, List.of("EU", "US"))),
        List.of(
            new Sku(edition("Basic", "EU"), oneTime("100")),
            new Sku(edition("Basic", "US"), oneTime("110")),
            new Sku(edition("Enterprise", "EU"), oneTime("800")),
            new Sku(edition("Enterprise", "US"), oneTime("900")),
            new Sku(edition("Professional", "EU"), oneTime("400")),
            new Sku(edition("Professional", "US"), oneTime("450"))),
        null);
  }

  private static Specification withUsers(Price basicPrice, QuantityAttribute users) {
    Billing billing = basicPrice.oneTime() != null ? Billing.ONE_TIME : Billing.YEARLY_MONTHLY;
    return new Specification(
        "Cloud Office",
        billing,
        PricingTemplate.CUSTOM,
        null,
        List.of(new EnumerationAttribute(VERSION, List.of("Basic"))),
        List.of(new Sku(Map.of(VERSION, "Basic"), basicPrice)),
        List.of(users));
  }

  private static QuantityAttribute linearUsers(int min, int max, int step, Price unitPrice) {
    return new QuantityAttribute("Users", min, max, step, QuantityPricing.LINEAR, unitPrice, null);
  }

  private static QuantityAttribute tieredUsers(Tier... tiers) {
    return new QuantityAttribute("Users", 1, 500, 1, QuantityPricing.TIERED, null, List.of(tiers));
  }

  private static Selection users(Specification spec, int count, String period) {
    return select(spec, Map.of(VERSION, "Basic"), Map.of("Users", count), period);
  }

  private static Selection select(
      Specification spec,
      Map<String, String> attributes,
      Map<String, Integer> quantities,
      String period) {
    return new Selection(spec.name(), attributes, quantities, period);
  }
}
