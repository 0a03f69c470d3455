package com.deliverysupervision.rules;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Working days in the marketplace's zone (REL-7): Monday to Friday, except the public holidays of
 * the configured Jollyday calendar and the configured extra days off, plus the configured weekend
 * working days. A wrong setting stops the application at start, not a deadline months later.
 */
@Component
@EnableConfigurationProperties(WorkingDaySettings.class)
public class WorkingDays {
  private final ZoneId zone;
  private final Optional<HolidayManager> calendar;
  private final Set<MonthDay> yearlyHolidays = new HashSet<>();
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workingWeekendDays = new HashSet<>();

  WorkingDays(@Value("${delivery.zone}") ZoneId zone, WorkingDaySettings settings) {
    this.zone = zone;
    this.calendar =
        settings.holidayCalendar() == null || settings.holidayCalendar().isBlank()
            ? Optional.empty()
            : Optional.of(calendarOf(settings.holidayCalendar().strip()));
    for (String day : listOf(settings.extraHolidays())) {
      if (day.startsWith("--")) {
        yearlyHolidays.add(parse(day, MonthDay::parse));
      } else {
        holidays.add(parse(day, LocalDate::parse));
      }
    }
    for (String day : listOf(settings.extraWorkingDays())) {
      workingWeekendDays.add(parse(day, LocalDate::parse));
    }
  }

  /**
   * The end of the {@code count}th working day after the day of {@code from} (in the marketplace's
   * zone), i.e. the start of the day after it: submitted on a Friday, 3 working days are over at
   * the end of Wednesday; on a Saturday too.
   */
  public OffsetDateTime endOfWorkingDaysAfter(OffsetDateTime from, int count) {
    LocalDate day = from.atZoneSameInstant(zone).toLocalDate();
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekendDays.contains(day)) {
      return true;
    }
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend
        && !holidays.contains(day)
        && !yearlyHolidays.contains(MonthDay.from(day))
        && calendar.map(manager -> !manager.isHoliday(day)).orElse(true);
  }

  /** The calendar day of an instant in the marketplace's zone. */
  public LocalDate dayOf(OffsetDateTime instant) {
    return instant.atZoneSameInstant(zone).toLocalDate();
  }

  private static HolidayManager calendarOf(String code) {
    if (!HolidayManager.getSupportedCalendarCodes().contains(code.toUpperCase())) {
      throw new IllegalStateException(
          "delivery.working-days.holiday-calendar: Jollyday has no calendar '"
              + code
              + "'; it has "
              + new TreeSet<>(HolidayManager.getSupportedCalendarCodes()));
    }
    return HolidayManager.getInstance(ManagerParameters.create(code.toUpperCase()));
  }

  private static List<String> listOf(List<String> days) {
    return days == null
        ? List.of()
        : days.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
  }

  private static <T> T parse(String day, Function<String, T> parser) {
    try {
      return parser.apply(day);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "delivery.working-days: '" + day + "' is neither --MM-DD nor YYYY-MM-DD", e);
    }
  }
}
