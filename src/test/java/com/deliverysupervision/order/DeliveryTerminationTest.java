package com.deliverysupervision.order;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** ALI-1: the marketplace administrator ends a delivery in progress, and the order closes. */
@DeliveryApplicationTest
class DeliveryTerminationTest {
  @Autowired ObjectMapper mapper;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired OrderService orderService;
  @Autowired AppealService appealService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;
  @Autowired ApiCalls api;

  @AfterEach
  void logOut() {
    users.logOut();
  }

  @Test
  @DisplayName(
      "ALI-1 a marketplace administrator terminates a delivery in progress: its instance ends and the order is CLOSED, with who and why in its records")
  void administratorTerminates() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ResponseEntity<String> response =
        terminate(MARKETPLACE, order, "{\"reason\": \"The customer's payment was refunded.\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mapper.readTree(response.getBody()).path("status").asText()).isEqualTo("CLOSED");
    assertThat(orders.instancesOf(order)).isZero();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(order.processInstanceId())
                .singleResult()
                .getDeleteReason())
        .isEqualTo("The customer's payment was refunded.");
    OperationRecord terminated = lastRecordOf(order);
    assertThat(terminated.action()).isEqualTo("Delivery terminated");
    assertThat(terminated.actor()).isEqualTo(MARKETPLACE);
    assertThat(terminated.details()).contains("The customer's payment was refunded.");
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-2 sellers, customers and operations managers cannot terminate a delivery, strangers cannot learn it exists; nothing changes")
  void othersCannotTerminate() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String body = "{\"reason\": \"I want out.\"}";

    for (String party : List.of(SELLER, CUSTOMER, OPERATIONS)) {
      assertThat(terminate(party, order, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(terminate(OTHER_SELLER, order, body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf(order)).isEqualTo(OrderStatus.PROCESSING);
    assertThat(orders.instancesOf(order)).isOne();
  }

  @Test
  @DisplayName(
      "ALL-3 a termination without a reason is refused, and an ended delivery cannot be terminated again")
  void badTerminations() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ResponseEntity<String> blank = terminate(MARKETPLACE, order, "{\"reason\": \" \"}");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(statusOf(order)).isEqualTo(OrderStatus.PROCESSING);
    assertThat(orders.instancesOf(order)).isOne();

    assertThat(terminate(MARKETPLACE, order, "{\"reason\": \"Dispute settled.\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> again = terminate(MARKETPLACE, order, "{\"reason\": \"Once more.\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(mapper.readTree(again.getBody()).path("detail").asText()).contains("CLOSED");
  }

  @Test
  @DisplayName(
      "ALI-1 a delivery cancelled in Cockpit by an administrator, even skipping listeners, closes its order")
  void cancelledInCockpit() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    users.actAs(MARKETPLACE);
    runtimeService.deleteProcessInstance(
        order.processInstanceId(), "Duplicate purchase", true, true);
    users.logOut();

    assertThat(statusOf(order)).isEqualTo(OrderStatus.CLOSED);
    assertThat(lastRecordOf(order).actor()).isEqualTo(MARKETPLACE);
    assertThat(lastRecordOf(order).details()).contains("Duplicate purchase");
  }

  @Test
  @DisplayName("ALI-1 terminating a supervised delivery under appeal ends the appeal as well")
  void terminationEndsAnOpenAppeal() {
    Order order = supervisedOrderUnderAppeal();
    assertThat(orders.instancesOf(order)).isEqualTo(2);

    assertThat(terminate(MARKETPLACE, order, "{\"reason\": \"Seller left.\"}").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(orders.instancesOf(order)).isZero();
    assertThat(statusOf(order)).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  @DisplayName(
      "ALI-1 a supervised delivery cancelled in Cockpit while under appeal ends the appeal too")
  void cockpitCancellationEndsAnOpenAppeal() {
    Order order = supervisedOrderUnderAppeal();

    users.actAs(MARKETPLACE);
    runtimeService.deleteProcessInstance(order.processInstanceId(), "Seller left", true, true);
    users.logOut();

    assertThat(orders.instancesOf(order)).isZero();
    assertThat(statusOf(order)).isEqualTo(OrderStatus.CLOSED);
  }

  /** A supervised SaaS order whose customer has filed an appeal: two instances, one frozen. */
  private Order supervisedOrderUnderAppeal() {
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    appealService.file(
        order.orderId(),
        new NewAppeal("The seller does not answer."),
        new CurrentUser(CUSTOMER, List.of(Roles.CUSTOMERS)));
    return order;
  }

  private ResponseEntity<String> terminate(String user, Order order, String json) {
    return api.post(user, "/api/orders/" + order.orderId() + "/termination", json);
  }

  private OrderStatus statusOf(Order order) {
    return orderService.find(order.orderId(), operations()).status();
  }

  private OperationRecord lastRecordOf(Order order) {
    List<OperationRecord> all = orderService.records(order.orderId(), operations());
    return all.get(all.size() - 1);
  }

  private static CurrentUser operations() {
    return new CurrentUser(OPERATIONS, List.of(Roles.OPERATIONS_MANAGERS));
  }
}
