package com.deliverysupervision.settlement;

import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.MonthlyRuns;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.TestOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@DeliveryApplicationTest
class SettlementRunTest {
  // 23:59 on the last day of November in Shanghai is still 15:59 of November 30 in UTC, and the
  // December run at 00:10 in Shanghai is 16:10 of November 30 in UTC: only the zone tells them
  // apart.
  static final Instant LAST_MINUTE_OF_NOVEMBER =
      OffsetDateTime.parse("2026-11-30T23:59:00+08:00").toInstant();
  static final Instant DECEMBER_RUN = OffsetDateTime.parse("2026-12-01T00:10:00+08:00").toInstant();

  @Autowired TestOrders orders;
  @Autowired LicenseSteps steps;
  @Autowired Settlements settlements;
  @Autowired ApiCalls api;
  @Autowired MonthlyRuns runs;
  @Autowired SaasSteps saasSteps;

  @Test
  @DisplayName(
      "REL-2 a license order completed at 23:59 on the last day of a month in the marketplace's zone is settled by the next month's run, not that month's, and once when the run is executed twice")
  void settledInTheNextMonthOnce() {
    Order order = completedAt(LAST_MINUTE_OF_NOVEMBER);

    at(LAST_MINUTE_OF_NOVEMBER.plusSeconds(30));
    runs.settle();
    assertThat(settlements.of(order.orderId())).isEmpty();

    at(DECEMBER_RUN);
    runs.settle();
    Settlement settlement = settlements.of(order.orderId()).orElseThrow();
    assertThat(settlement.sellerId()).isEqualTo(SELLER);
    assertThat(settlement.amount()).isEqualByComparingTo(order.amount());
    assertThat(settlement.completedMonth()).isEqualTo("2026-11");
    assertThat(settlement.settledMonth()).isEqualTo("2026-12");

    at(DECEMBER_RUN.plus(Duration.ofMinutes(1)));
    runs.settle();
    assertThat(settlements.of(order.orderId())).contains(settlement);
  }

  @Test
  @DisplayName(
      "REL-2 LIC-7 a renewal paid at 23:59 on the last day of a month is settled with the order's seller for its amount by the next month's run, not that month's, beside the order's own settlement, and once when the run is executed twice")
  void renewalSettledInTheNextMonthOnce() {
    Order order = completedAt(LAST_MINUTE_OF_NOVEMBER.minus(Duration.ofDays(40)));
    at(LAST_MINUTE_OF_NOVEMBER);
    String renewalId = api.renewForAMonth(order.orderId(), "123.45");

    at(LAST_MINUTE_OF_NOVEMBER.plusSeconds(30));
    runs.settle();
    assertThat(settlements.ofRenewal(renewalId)).isEmpty();
    assertThat(settlements.of(order.orderId())).isPresent();

    at(DECEMBER_RUN);
    runs.settle();
    Settlement settlement = settlements.ofRenewal(renewalId).orElseThrow();
    assertThat(settlement.orderId()).isEqualTo(order.orderId());
    assertThat(settlement.sellerId()).isEqualTo(SELLER);
    assertThat(settlement.amount()).isEqualByComparingTo("123.45");
    assertThat(settlement.currency()).isEqualTo(order.currency());
    assertThat(settlement.completedMonth()).isEqualTo("2026-11");
    assertThat(settlement.settledMonth()).isEqualTo("2026-12");
    assertThat(settlements.of(order.orderId()).orElseThrow().settledMonth()).isEqualTo("2026-11");

    at(DECEMBER_RUN.plus(Duration.ofMinutes(1)));
    runs.settle();
    assertThat(settlements.ofRenewal(renewalId)).contains(settlement);
    assertThat(api.get(SELLER, "/api/settlements?month=2026-12").getBody())
        .contains("\"renewalId\":\"" + renewalId + "\"", "123.45");
    assertThat(api.get(OTHER_SELLER, "/api/settlements?month=2026-12").getBody())
        .doesNotContain(renewalId);
  }

  @Test
  @DisplayName(
      "REL-2 LIC-7 a renewal of an order whose process settles nothing (a supervised SaaS order) is not settled")
  void renewalsOfOtherOrdersAreNotSettled() {
    at(LAST_MINUTE_OF_NOVEMBER.minus(Duration.ofDays(10)));
    Order saas = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    saasSteps.runToCompletion(saas);
    String renewalId = api.renewForAMonth(saas.orderId(), "10.00");
    at(DECEMBER_RUN);
    runs.settle();
    assertThat(settlements.ofRenewal(renewalId)).isEmpty();
  }

  @Test
  @DisplayName("REL-2 orders of processes without settlement, or not completed, are not settled")
  void otherOrdersAreNotSettled() {
    at(LAST_MINUTE_OF_NOVEMBER.minus(Duration.ofDays(10)));
    Order basic = orders.place("alibaba-basic-delivery");
    Order open = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    at(DECEMBER_RUN);
    runs.settle();
    assertThat(settlements.of(basic.orderId())).isEmpty();
    assertThat(settlements.of(open.orderId())).isEmpty();
  }

  @Test
  @DisplayName(
      "REL-2 ALL-2 a seller reads its own settlements through the API, another seller does not see them")
  void sellersReadTheirSettlements() {
    Order order = completedAt(LAST_MINUTE_OF_NOVEMBER.minus(Duration.ofDays(3)));
    at(DECEMBER_RUN);
    runs.settle();

    assertThat(api.get(SELLER, "/api/settlements?month=2026-12").getBody())
        .contains(order.orderId());
    assertThat(api.get(OTHER_SELLER, "/api/settlements").getBody()).doesNotContain(order.orderId());
    for (String month : new String[] {"December", "2026-13", "2026-00"}) {
      var refused = api.get(SELLER, "/api/settlements?month=" + month);
      assertThat(refused.getStatusCode()).as(month).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("month must be a month such as 2026-12");
    }
  }

  private Order completedAt(Instant completion) {
    at(completion.minus(Duration.ofDays(2)));
    Order order = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    at(completion);
    steps.runToCompletion(order);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    return order;
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
