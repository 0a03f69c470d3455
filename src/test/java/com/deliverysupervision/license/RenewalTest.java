package com.deliverysupervision.license;

import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.TestOrders;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** LIC-7: renewals extend a completed order's validity directly. */
@DeliveryApplicationTest
class RenewalTest {
  private static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00");

  @Autowired TestOrders orders;
  @Autowired LicenseSteps steps;
  @Autowired ApiCalls api;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void march() {
    ClockUtil.setCurrentTime(Date.from(ACCEPTED.toInstant()));
  }

  @Test
  @DisplayName(
      "LIC-7 a renewal of an order that completed supervision extends its validity by the period with no process; sent twice with one ID, it renews once")
  void renewalExtendsValidityOnce() {
    Order order = completed();
    long instances = runtimeService.createProcessInstanceQuery().count();
    String renewalId = TestOrders.newOrderId();

    for (int attempt = 0; attempt < 2; attempt++) {
      ResponseEntity<String> renewed = renew(MARKETPLACE, order.orderId(), renewalId, "P2M");
      assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(renewed.getBody()).contains(renewalId);
    }

    Order after = orders.find(order.orderId());
    assertThat(after.validUntil().toInstant()).isEqualTo(ACCEPTED.plusMonths(3).toInstant());
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  @DisplayName(
      "LIC-7 SAAS-4 renewals count from the validity's start: a month bought on Jan 31 is valid until Feb 28, renewed by a month until Mar 31, again until Apr 30, not Mar 28 and Apr 28")
  void renewalsKeepTheMonthEnd() {
    OffsetDateTime lastOfJanuary = OffsetDateTime.parse("2026-01-31T10:00:00+08:00");
    ClockUtil.setCurrentTime(Date.from(lastOfJanuary.toInstant()));
    Order order = completed();
    assertThat(orders.find(order.orderId()).validUntil().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-02-28T10:00:00+08:00").toInstant());

    renew(MARKETPLACE, order.orderId(), TestOrders.newOrderId(), "P1M");
    assertThat(orders.find(order.orderId()).validUntil().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-31T10:00:00+08:00").toInstant());
    renew(MARKETPLACE, order.orderId(), TestOrders.newOrderId(), "P1M");
    assertThat(orders.find(order.orderId()).validUntil().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-30T10:00:00+08:00").toInstant());
  }

  @Test
  @DisplayName(
      "LIC-7 ALL-3 a renewal of an order still in supervision is refused with 409, of an unknown order 404, by a seller 403, with another order's renewal ID 409, with a malformed period 400; nothing changes")
  void refusedRenewals() {
    Order completed = completed();
    Order inSupervision = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    String used = TestOrders.newOrderId();
    assertThat(renew(MARKETPLACE, completed.orderId(), used, "P1M").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    OffsetDateTime validUntil = orders.find(completed.orderId()).validUntil();

    Map<HttpStatus, ResponseEntity<String>> refusals =
        Map.of(
            HttpStatus.CONFLICT,
            renew(MARKETPLACE, inSupervision.orderId(), TestOrders.newOrderId(), "P1M"),
            HttpStatus.NOT_FOUND,
            renew(MARKETPLACE, "no-such-order", TestOrders.newOrderId(), "P1M"),
            HttpStatus.FORBIDDEN,
            renew(SELLER, completed.orderId(), TestOrders.newOrderId(), "P1M"),
            HttpStatus.BAD_REQUEST,
            renew(MARKETPLACE, completed.orderId(), TestOrders.newOrderId(), "one month"));
    refusals.forEach(
        (status, response) ->
            assertThat(response.getStatusCode()).as(status.name()).isEqualTo(status));
    assertThat(renew(MARKETPLACE, inSupervision.orderId(), used, "P1M").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(orders.find(completed.orderId()).validUntil()).isEqualTo(validUntil);
    assertThat(orders.find(inSupervision.orderId()).validUntil()).isNull();
  }

  @Test
  @DisplayName(
      "LIC-7 ALL-3 a renewal whose validity would end before today is refused with 409 saying so, and nothing changes; one that reaches past today extends it")
  void renewalIntoThePastIsRefused() {
    Order order = completed();
    OffsetDateTime validUntil = orders.find(order.orderId()).validUntil();
    ClockUtil.setCurrentTime(Date.from(ACCEPTED.plusMonths(3).toInstant()));

    ResponseEntity<String> refused =
        renew(MARKETPLACE, order.orderId(), TestOrders.newOrderId(), "P1M");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("which has passed");
    assertThat(orders.find(order.orderId()).validUntil()).isEqualTo(validUntil);

    assertThat(renew(MARKETPLACE, order.orderId(), TestOrders.newOrderId(), "P3M").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(orders.find(order.orderId()).validUntil().toInstant())
        .isEqualTo(ACCEPTED.plusMonths(4).toInstant());
  }

  private Order completed() {
    Order order = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    steps.runToCompletion(order);
    return order;
  }

  private ResponseEntity<String> renew(
      String user, String orderId, String renewalId, String period) {
    return api.post(
        user,
        "/api/orders/" + orderId + "/renewals",
        "{\"renewalId\": \"%s\", \"period\": \"%s\"}".formatted(renewalId, period));
  }
}
