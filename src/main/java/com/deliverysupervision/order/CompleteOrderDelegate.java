package com.deliverysupervision.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Complete the order" in every delivery diagram: the order becomes COMPLETED in the transaction of
 * the step that ends its delivery, so a rolled-back step leaves it PROCESSING.
 */
@Component
public class CompleteOrderDelegate implements JavaDelegate {
  private final OrderService orderService;

  CompleteOrderDelegate(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orderService.complete(execution.getProcessBusinessKey());
  }
}
