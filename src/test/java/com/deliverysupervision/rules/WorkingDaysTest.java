package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("REL-7 a Friday submission has 3 working days until the end of Wednesday")
  void fridayToWednesday() {
    WorkingDays days = new WorkingDays(SHANGHAI, new WorkingDaySettings("", List.of(), List.of()));
    // Friday 2026-06-05, 16:00 in Shanghai.
    assertThat(days.endOfWorkingDaysAfter(at("2026-06-05T16:00:00+08:00"), 3))
        .isEqualTo(at("2026-06-11T00:00:00+08:00"));
  }

  @Test
  @DisplayName(
      "REL-7 public holidays of the configured Jollyday calendar do not count: Thursday before Easter to the end of the next Thursday in Germany")
  void holidaysOfTheCalendar() {
    WorkingDays days =
        new WorkingDays(ZoneId.of("Europe/Berlin"), new WorkingDaySettings("DE", null, null));
    // Good Friday 2026-04-03 and Easter Monday 2026-04-06 are holidays.
    assertThat(days.endOfWorkingDaysAfter(at("2026-04-02T10:00:00+02:00"), 3))
        .isEqualTo(at("2026-04-10T00:00:00+02:00"));
  }

  @Test
  @DisplayName(
      "REL-7 configured days off, yearly or once, do not count; a configured weekend working day does")
  void configuredDays() {
    WorkingDays days =
        new WorkingDays(
            SHANGHAI,
            new WorkingDaySettings("", List.of("--10-01", "2026-10-05"), List.of("2026-10-10")));
    // Wednesday 2026-09-30: Oct 1 (yearly) off, Fri Oct 2 works, weekend, Mon Oct 5 off, Tue Oct 6.
    assertThat(days.endOfWorkingDaysAfter(at("2026-09-30T09:00:00+08:00"), 2))
        .isEqualTo(at("2026-10-07T00:00:00+08:00"));
    assertThat(days.isWorkingDay(java.time.LocalDate.parse("2026-10-10"))).isTrue();
    assertThat(days.isWorkingDay(java.time.LocalDate.parse("2027-10-01"))).isFalse();
  }

  @Test
  @DisplayName("ALL-1 an unknown holiday calendar or a malformed day stops the start, saying why")
  void badSettings() {
    assertThatThrownBy(
            () -> new WorkingDays(SHANGHAI, new WorkingDaySettings("XX", List.of(), List.of())))
        .hasMessageContaining("no calendar 'XX'");
    assertThatThrownBy(
            () ->
                new WorkingDays(SHANGHAI, new WorkingDaySettings("", List.of("10/01"), List.of())))
        .hasMessageContaining("'10/01' is neither");
  }

  private static OffsetDateTime at(String instant) {
    return OffsetDateTime.parse(instant);
  }
}
