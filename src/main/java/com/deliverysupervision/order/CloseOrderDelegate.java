package com.deliverysupervision.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the order": an operations manager closed it on an appeal (SAAS-10). */
@Component
public class CloseOrderDelegate implements JavaDelegate {
  private final OrderService orderService;

  CloseOrderDelegate(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orderService.close(execution.getProcessBusinessKey());
  }
}
