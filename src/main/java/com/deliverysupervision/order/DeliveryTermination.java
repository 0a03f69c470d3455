package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ALI-1: a marketplace administrator handles exceptions and disputes and may end a delivery in
 * progress. The delivery's instance is deleted as the administrator (Camunda checks the permission
 * and logs the operation); {@link CloseOrderWhenDeliveryCancelled} then closes the order and ends
 * an open appeal, as it does when the instance is cancelled in Cockpit.
 */
@Service
public class DeliveryTermination implements OrderAction {
  private final OrderService orderService;
  private final RuntimeService runtimeService;

  DeliveryTermination(OrderService orderService, RuntimeService runtimeService) {
    this.orderService = orderService;
    this.runtimeService = runtimeService;
  }

  /** All or nothing: when this returns, the order is CLOSED and none of its instances runs. */
  @Transactional
  public Order terminate(String orderId, Termination termination, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    checkAllowed(order, caller);
    runtimeService.deleteProcessInstance(order.processInstanceId(), termination.reason());
    return orderService.find(orderId, caller);
  }

  @Override
  public String name() {
    return "termination";
  }

  @Override
  public void checkAllowed(Order order, CurrentUser caller) {
    String orderId = order.orderId();
    if (!caller.isIn(Roles.MARKETPLACE_ADMINS)) {
      throw new TerminationNotAllowedException(
          HttpStatus.FORBIDDEN, "Only marketplace administrators may terminate a delivery.");
    }
    if (order.status() != OrderStatus.PROCESSING) {
      throw new TerminationNotAllowedException(
          HttpStatus.CONFLICT,
          "Order " + orderId + " is " + order.status() + "; only a delivery in progress ends.");
    }
  }
}
