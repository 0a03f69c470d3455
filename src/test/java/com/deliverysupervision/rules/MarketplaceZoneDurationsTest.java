package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarketplaceZoneDurationsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName(
      "ALI-3 ALL-1 a timer's month is a month in the marketplace's zone: a month from March 1, 01:00 in Shanghai (February 28 in UTC) ends on April 1, 01:00 there")
  void monthsCountedInTheMarketplaceZone() {
    DurationBusinessCalendar calendar = MarketplaceZoneDurations.calendarIn(SHANGHAI);
    Date marchFirst = Date.from(Instant.parse("2026-02-28T17:00:00Z"));

    assertThat(calendar.resolveDuedate("P1M", marchFirst).toInstant())
        .isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
    assertThat(calendar.resolveDuedate("P1Y", marchFirst).toInstant())
        .isEqualTo(Instant.parse("2027-02-28T17:00:00Z"));
    assertThat(calendar.resolveDuedate("P14DT3H", marchFirst).toInstant())
        .isEqualTo(Instant.parse("2026-03-14T20:00:00Z"));
  }

  @Test
  @DisplayName(
      "ALL-1 in the server's own zone the marketplace's reading of a duration is Camunda's (fails if an upgrade of Camunda reads durations otherwise)")
  void sameAsCamundaInTheServerZone() {
    DurationBusinessCalendar ours = MarketplaceZoneDurations.calendarIn(ZoneId.systemDefault());
    DurationBusinessCalendar camundas = new DurationBusinessCalendar();
    for (String start :
        List.of("2026-01-31T10:00:00Z", "2026-02-28T17:00:00Z", "2026-03-29T00:30:00Z")) {
      Date at = Date.from(Instant.parse(start));
      for (String duration :
          List.of("P1M", "P90D", "P1Y", "P2W", "PT3H", "PT1M", "P1Y2M3DT4H5M6S", "P14D")) {
        assertThat(ours.resolveDuedate(duration, at))
            .as(duration + " from " + start)
            .isEqualTo(camundas.resolveDuedate(duration, at));
      }
    }
  }
}
