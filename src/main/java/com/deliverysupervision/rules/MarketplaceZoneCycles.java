package com.deliverysupervision.rules;

import camundajar.impl.com.cronutils.model.Cron;
import camundajar.impl.com.cronutils.model.CronType;
import camundajar.impl.com.cronutils.model.definition.CronDefinitionBuilder;
import camundajar.impl.com.cronutils.model.time.ExecutionTime;
import camundajar.impl.com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A timer's cron cycle is read in the marketplace's time zone ({@code delivery.zone}), where the
 * billing and settlement runs count their months (SAAS-3, REL-2). Camunda reads it in the server's
 * zone: on a server east of the marketplace the run of "the 1st, 00:10" came on the last evening of
 * the month before, and settled that month's orders a month late. Repeating intervals ({@code
 * R/...}) carry their own offset and stay Camunda's.
 *
 * <p>It reads them as Camunda 7.24's {@code CronTimer} does, with the cron-utils Camunda ships
 * (shaded in its jar) and the same definition (SPRING53), only in another zone: Spring's own cron
 * parser refuses ranges that wrap around (FRI-MON) that Camunda accepts. Both are Camunda's
 * internals: {@code MarketplaceZoneCyclesTest} compares this reading with Camunda's in the server's
 * zone, and fails if an upgrade of Camunda changes its reading or its shaded library.
 */
@Component
public class MarketplaceZoneCycles extends AbstractProcessEnginePlugin {
  private static final CronParser CRON =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

  private final ZoneId zone;

  MarketplaceZoneCycles(@Value("${delivery.zone}") ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
        .addBusinessCalendar(CycleBusinessCalendar.NAME, calendarIn(zone));
  }

  /** The last time the cron cycle came at or before {@code now}, read in {@code zone}. */
  public static Optional<Instant> lastOccurrence(String cycle, Instant now, ZoneId zone) {
    ExecutionTime times = ExecutionTime.forCron(CRON.parse(cycle));
    ZonedDateTime at = now.atZone(zone);
    // cron-utils' last execution is strictly before the time asked about; its match is to the
    // second, and so is the occurrence.
    if (times.isMatch(at)) {
      return Optional.of(at.truncatedTo(ChronoUnit.SECONDS).toInstant());
    }
    return times.lastExecution(at).map(ZonedDateTime::toInstant);
  }

  /** The cycle calendar reading cron expressions in {@code zone}. */
  public static CycleBusinessCalendar calendarIn(ZoneId zone) {
    return new CycleBusinessCalendar() {
      @Override
      public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
        if (cycle.startsWith("R")) {
          return super.resolveDuedate(cycle, startDate, repeatOffset);
        }
        long after = (startDate == null ? ClockUtil.getCurrentTime() : startDate).getTime();
        Cron cron;
        try {
          cron = CRON.parse(cycle);
        } catch (IllegalArgumentException unreadable) {
          throw new ProcessEngineException(
              "The timer cycle '"
                  + cycle
                  + "' is not a cron expression: "
                  + unreadable.getMessage(),
              unreadable);
        }
        // As Camunda's CronTimer, in the zone: no next time leaves the time as it is.
        return new Date(
            ExecutionTime.forCron(cron)
                .nextExecution(ZonedDateTime.ofInstant(Instant.ofEpochMilli(after), zone))
                .map(next -> next.toInstant().toEpochMilli())
                .orElse(after));
      }
    };
  }
}
