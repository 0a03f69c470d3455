package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.billing.BillingRun;
import com.deliverysupervision.settlement.SettlementRun;
import com.deliverysupervision.support.DeliveryApplicationTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@DeliveryApplicationTest
class MarketplaceZoneCyclesTest {
  /** UTC+14 all year: no server runs in it, so Camunda's reading and the zone's always differ. */
  private static final ZoneId EAST_OF_EVERY_SERVER = ZoneId.of("Pacific/Kiritimati");

  private static final String FIRST_OF_THE_MONTH = "0 10 0 1 * ?";

  @Autowired ManagementService managementService;

  @Value("${delivery.zone}")
  ZoneId zone;

  @Test
  @DisplayName(
      "REL-2 SAAS-3 a monthly run's cron is read in the marketplace's zone, not the server's: the 1st at 00:10 there, one month after the other")
  void cronReadInTheMarketplaceZone() {
    CycleBusinessCalendar calendar = MarketplaceZoneCycles.calendarIn(EAST_OF_EVERY_SERVER);

    Date first =
        calendar.resolveDuedate(
            FIRST_OF_THE_MONTH, Date.from(Instant.parse("2026-06-15T00:00:00Z")), 0);
    Date second = calendar.resolveDuedate(FIRST_OF_THE_MONTH, first, 0);

    assertThat(first.toInstant()).isEqualTo(Instant.parse("2026-06-30T10:10:00Z"));
    assertThat(second.toInstant()).isEqualTo(Instant.parse("2026-07-31T10:10:00Z"));
  }

  @Test
  @DisplayName(
      "REL-2 SAAS-3 the deployed billing and settlement runs are due on the 1st of a month at their time in delivery.zone")
  void deployedRunsDueInTheMarketplaceZone() {
    for (String run : List.of(BillingRun.PROCESS_KEY, SettlementRun.PROCESS_KEY)) {
      Date due =
          managementService
              .createJobQuery()
              .processDefinitionKey(run)
              .timers()
              .singleResult()
              .getDuedate();
      ZonedDateTime there = due.toInstant().atZone(zone);
      assertThat(there.getDayOfMonth()).as(run).isEqualTo(1);
      assertThat(there.getHour()).as(run).isZero();
    }
  }

  @Test
  @DisplayName(
      "REL-2 SAAS-3 in the server's own zone the cycle calendar decides as Camunda's does, for the cron expressions Camunda reads (upgrade guard)")
  void sameDecisionsAsCamundaInTheServerZone() {
    CycleBusinessCalendar ours = MarketplaceZoneCycles.calendarIn(ZoneId.systemDefault());
    CycleBusinessCalendar camunda = new CycleBusinessCalendar();
    List<String> cycles =
        List.of(
            FIRST_OF_THE_MONTH,
            "0 5 0 1 * ?",
            "0 0/15 * * * ?",
            "0 0 9 ? * MON-FRI",
            "0 30 23 L * ?",
            "0 0 12 1W * ?",
            "0 0 6 ? * 2#1",
            "0 0 9 ? * FRI-MON",
            "0 5 0 1 11-2 ?",
            "R/2026-01-01T00:10:00+08:00/P1D");
    for (String start :
        List.of("2026-01-31T23:59:59Z", "2026-03-29T00:30:00Z", "2026-12-31T16:10:00Z")) {
      Date after = Date.from(Instant.parse(start));
      for (String cycle : cycles) {
        assertThat(ours.resolveDuedate(cycle, after, 0))
            .as(cycle + " after " + start)
            .isEqualTo(camunda.resolveDuedate(cycle, after, 0));
      }
    }
  }
}
