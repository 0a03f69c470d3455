package com.deliverysupervision.rules;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A timer's duration counts its years, months and days in the marketplace's time zone ({@code
 * delivery.zone}), as the orders' validity does ({@link MarketplaceCalendar}). Camunda counts them
 * in the server's zone: on a server in UTC a warranty of a month that began on March 1 at 01:00 in
 * Shanghai ended on March 29 (ALI-3), since it began on February 28 there. Hours, minutes and
 * seconds are exact times, as in Camunda; anything else (negative durations, repetitions) stays
 * Camunda's. {@code MarketplaceZoneDurationsTest} compares this reading with Camunda's in the
 * server's zone, and fails if an upgrade of Camunda changes it.
 */
@Component
public class MarketplaceZoneDurations extends AbstractProcessEnginePlugin {
  private static final Pattern PLAIN =
      Pattern.compile(
          "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?!$)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  private final ZoneId zone;

  MarketplaceZoneDurations(@Value("${delivery.zone}") ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
        .addBusinessCalendar(DurationBusinessCalendar.NAME, calendarIn(zone));
  }

  /** The duration calendar counting calendar units in {@code zone}. */
  public static DurationBusinessCalendar calendarIn(ZoneId zone) {
    return new DurationBusinessCalendar() {
      @Override
      public Date resolveDuedate(String duration, Date startDate) {
        if (duration == null || !PLAIN.matcher(duration).matches()) {
          return super.resolveDuedate(duration, startDate);
        }
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        int time = duration.indexOf('T');
        String calendarPart = time < 0 ? duration : duration.substring(0, time);
        ZonedDateTime due = start.toInstant().atZone(zone);
        if (!calendarPart.equals("P")) {
          due = due.plus(Period.parse(calendarPart));
        }
        if (time >= 0) {
          due = due.plus(Duration.parse("PT" + duration.substring(time + 1)));
        }
        return Date.from(due.toInstant());
      }
    };
  }
}
