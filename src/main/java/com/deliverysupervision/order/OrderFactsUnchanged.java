package com.deliverysupervision.order;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses a task completion that would change the order's variables: tasks are assigned through
 * {@code ${sellerId}} and {@code ${customerId}}, so a customer who sent another {@code sellerId}
 * with a completion would take over the seller's next task (ALL-2).
 */
@Component
class OrderFactsUnchanged implements UserTaskCompletionHook {
  private static final List<String> FACTS =
      List.of(
          OrderVariables.ORDER_ID,
          OrderVariables.PRODUCT_ID,
          OrderVariables.SPECIFICATION,
          OrderVariables.DELIVERY_ID,
          OrderVariables.SELLER_ID,
          OrderVariables.CUSTOMER_ID);

  private final OrderRepository orders;

  OrderFactsUnchanged(OrderRepository orders) {
    this.orders = orders;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    orders
        .findById(task.execution().getProcessBusinessKey())
        .ifPresent(
            order -> {
              for (String fact : FACTS) {
                if (!Objects.equals(task.variable(fact), OrderVariables.valueOf(order, fact))) {
                  throw new FormFieldValidationException(
                      fact,
                      task.name()
                          + " cannot be completed: the order's "
                          + fact
                          + " cannot be changed.");
                }
              }
            });
  }
}
