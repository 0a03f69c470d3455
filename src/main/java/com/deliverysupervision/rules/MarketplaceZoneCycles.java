package com.deliverysupervision.rules;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * A timer's cron cycle is read in the marketplace's time zone ({@code delivery.zone}), where the
 * billing and settlement runs count their months (SAAS-3, REL-2). Camunda reads it in the server's
 * zone: on a server east of the marketplace the run of "the 1st, 00:10" came on the last evening of
 * the month before, and settled that month's orders a month late. Repeating intervals ({@code
 * R/...}) carry their own offset and stay Camunda's.
 *
 * <p>Camunda 7.24 parses cron cycles as Spring 5.3 cron expressions ({@code CronTimer}, cron-utils'
 * SPRING53), so Spring's own {@link CronExpression} reads them alike; {@code
 * MarketplaceZoneCyclesTest} compares both in the server's zone, and fails if an upgrade of Camunda
 * changes its reading.
 */
@Component
public class MarketplaceZoneCycles extends AbstractProcessEnginePlugin {
  private final ZoneId zone;

  MarketplaceZoneCycles(@Value("${delivery.zone}") ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
        .addBusinessCalendar(CycleBusinessCalendar.NAME, calendarIn(zone));
  }

  /** The cycle calendar reading cron expressions in {@code zone}. */
  public static CycleBusinessCalendar calendarIn(ZoneId zone) {
    return new CycleBusinessCalendar() {
      @Override
      public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
        if (cycle.startsWith("R")) {
          return super.resolveDuedate(cycle, startDate, repeatOffset);
        }
        Date after = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        try {
          ZonedDateTime next = CronExpression.parse(cycle).next(after.toInstant().atZone(zone));
          return next == null ? null : Date.from(next.toInstant());
        } catch (IllegalArgumentException unreadable) {
          throw new ProcessEngineException(
              "The timer cycle '"
                  + cycle
                  + "' is not a cron expression: "
                  + unreadable.getMessage(),
              unreadable);
        }
      }
    };
  }
}
