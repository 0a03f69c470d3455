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
import org.springframework.jdbc.core.simple.JdbcClient;

/** LIC-7: renewals extend a completed order's validity directly. */
@DeliveryApplicationTest
class RenewalTest {
  private static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00");

  @Autowired TestOrders orders;
  @Autowired LicenseSteps steps;
  @Autowired ApiCalls api;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void march() {
    ClockUtil.setCurrentTime(Date.from(ACCEPTED.toInstant()));
  }

  @Test
  @DisplayName(
      "LIC-7 ALL-5 a renewal of an order that completed supervision extends its validity by the period with no process, and its seller and customer are told; sent twice with one ID, it renews once and tells once")
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
    assertThat(
            jdbc.sql("select recipient from ds_notification where cause_key = ? and subject like ?")
                .params(
                    "renewal:" + renewalId,
                    "Order " + order.orderId() + " is renewed until 2026-06-10 10:00 Asia/Shanghai")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(SELLER, TestOrders.CUSTOMER);
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
      "LIC-7 REL-2 a renewal keeps what the customer paid for it, in the order's currency, in the answer and the order's records")
  void renewalKeepsItsAmount() {
    Order order = completed();
    String renewalId = TestOrders.newOrderId();

    ResponseEntity<String> renewed =
        renew(
            MARKETPLACE,
            order.orderId(),
            "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": 25.50, \"currency\": \"%s\"}"
                .formatted(renewalId, order.currency()));

    assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(renewed.getBody())
        .contains("\"amount\":25.50", "\"currency\":\"" + order.currency() + "\"");
    assertThat(api.get(SELLER, "/api/orders/" + order.orderId() + "/records").getBody())
        .contains("Renewed", "25.50 " + order.currency());
  }

  @Test
  @DisplayName(
      "LIC-7 ALL-3 a renewal ID sent again with another period or amount is refused with 409 naming the first renewal; nothing changes")
  void renewalIdWithOtherTermsIsRefused() {
    Order order = completed();
    String renewalId = TestOrders.newOrderId();
    assertThat(renew(MARKETPLACE, order.orderId(), renewalId, "P1M").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    OffsetDateTime validUntil = orders.find(order.orderId()).validUntil();

    for (String body :
        new String[] {
          "{\"renewalId\": \"%s\", \"period\": \"P1Y\", \"amount\": 25.50}",
          "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": 30}"
        }) {
      ResponseEntity<String> refused =
          renew(MARKETPLACE, order.orderId(), body.formatted(renewalId));
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refused.getBody())
          .as(body)
          .contains("already, for P1M at 25.50 " + order.currency());
    }
    assertThat(
            renew(
                    MARKETPLACE,
                    order.orderId(),
                    "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": 25.5}"
                        .formatted(renewalId))
                .getStatusCode())
        .as("the same amount written otherwise is a retry")
        .isEqualTo(HttpStatus.OK);
    assertThat(orders.find(order.orderId()).validUntil()).isEqualTo(validUntil);
  }

  @Test
  @DisplayName(
      "LIC-7 ALL-3 a renewal without what the customer paid, paid in another currency than the order, or with more decimal places than its currency is refused with 400 saying so; nothing changes")
  void renewalWithoutItsAmountIsRefused() {
    Order order = completed();
    OffsetDateTime validUntil = orders.find(order.orderId()).validUntil();
    String other = "USD".equals(order.currency()) ? "EUR" : "USD";
    Map<String, String> refusals =
        Map.of(
            "{\"renewalId\": \"%s\", \"period\": \"P1M\"}",
            "amount",
            "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": -1}",
            "amount",
            "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": 1.005}",
            "amount",
            "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": 1, \"currency\": \""
                + other
                + "\"}",
            "is paid in " + order.currency());

    refusals.forEach(
        (body, said) -> {
          ResponseEntity<String> refused =
              renew(MARKETPLACE, order.orderId(), body.formatted(TestOrders.newOrderId()));
          assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(refused.getBody()).as(body).contains(said);
        });
    assertThat(orders.find(order.orderId()).validUntil()).isEqualTo(validUntil);
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
    return renew(
        user,
        orderId,
        "{\"renewalId\": \"%s\", \"period\": \"%s\", \"amount\": 25.50}"
            .formatted(renewalId, period));
  }

  private ResponseEntity<String> renew(String user, String orderId, String body) {
    return api.post(user, "/api/orders/" + orderId + "/renewals", body);
  }
}
