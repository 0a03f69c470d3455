package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;

/**
 * An action the rules may give a user on an order at this moment (an appeal, a reminder, a
 * termination). The action checks itself with {@link #checkAllowed} before it acts, and the orders
 * view asks the same check, so that what is offered is what would be accepted.
 */
public interface OrderAction {
  /** How the API names it. */
  String name();

  /** Throws the refusal the action itself would answer, when the user may not take it now. */
  void checkAllowed(Order order, CurrentUser caller);
}
