package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponse;

/** The actions of every process area, as the caller may take them on an order now (ALL-2). */
@Service
class OrderActions {
  private final OrderService orderService;
  private final List<OrderAction> actions;

  OrderActions(OrderService orderService, List<OrderAction> actions) {
    this.orderService = orderService;
    this.actions = actions;
  }

  List<ActionState> of(String orderId, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    return actions.stream().map(action -> stateOf(action, order, caller)).toList();
  }

  private static ActionState stateOf(OrderAction action, Order order, CurrentUser caller) {
    try {
      action.checkAllowed(order, caller);
      return new ActionState(action.name(), true, null);
    } catch (RuntimeException refused) {
      // The API's refusals carry their words as a problem's detail; process steps' as the message.
      String reason =
          refused instanceof ErrorResponse answer
              ? answer.getBody().getDetail()
              : refused.getMessage();
      return new ActionState(action.name(), false, reason);
    }
  }
}
