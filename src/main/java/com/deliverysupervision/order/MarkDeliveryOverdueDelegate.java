package com.deliverysupervision.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mark the order overdue" (REL-3): the delivery period passed before the seller delivered. */
@Component
public class MarkDeliveryOverdueDelegate implements JavaDelegate {
  private final OrderService orderService;

  MarkDeliveryOverdueDelegate(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orderService.markDeliveryOverdue(execution.getProcessBusinessKey());
  }
}
