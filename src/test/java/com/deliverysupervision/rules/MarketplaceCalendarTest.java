package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarketplaceCalendarTest {
  private final MarketplaceCalendar calendar = new MarketplaceCalendar(ZoneId.of("Asia/Shanghai"));

  @Test
  @DisplayName("SAAS-4 accepted 2020-03-01 for one year: valid from 2020-03-01 to 2021-03-01")
  void oneYearFromAcceptance() {
    OffsetDateTime accepted = OffsetDateTime.parse("2020-03-01T00:00:00+08:00");
    ValidityPeriod validity = calendar.validityFrom(accepted, "P1Y");
    assertThat(validity.from()).isEqualTo(accepted);
    assertThat(validity.until()).isEqualTo(OffsetDateTime.parse("2021-03-01T00:00:00+08:00"));
  }

  @Test
  @DisplayName("SAAS-4 accepted on January 31 for one month: valid until the last day of February")
  void monthEnd() {
    assertThat(
            calendar.validityFrom(OffsetDateTime.parse("2026-01-31T09:00:00+08:00"), "P1M").until())
        .isEqualTo(OffsetDateTime.parse("2026-02-28T09:00:00+08:00"));
    assertThat(
            calendar.validityFrom(OffsetDateTime.parse("2024-01-31T09:00:00+08:00"), "P1M").until())
        .isEqualTo(OffsetDateTime.parse("2024-02-29T09:00:00+08:00"));
  }

  @Test
  @DisplayName(
      "SAAS-4 months are counted in the marketplace's zone, whatever the offset of the acceptance")
  void monthsInTheMarketplaceZone() {
    // 2026-01-31 17:00 UTC is already February 1 in Shanghai: one month later is March 1 there.
    OffsetDateTime accepted = OffsetDateTime.parse("2026-01-31T17:00:00Z");
    assertThat(calendar.validityFrom(accepted, "P1M").until().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-01T01:00:00+08:00").toInstant());
  }

  @Test
  @DisplayName("SAAS-4 a one-time product has a start of use and no end")
  void oneTimeProduct() {
    OffsetDateTime accepted = OffsetDateTime.parse("2026-01-31T09:00:00+08:00");
    assertThat(calendar.validityFrom(accepted, null)).isEqualTo(new ValidityPeriod(accepted, null));
  }
}
