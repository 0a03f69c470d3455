package com.deliverysupervision.order;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start the validity period": use of the product starts now (SAAS-4, LIC-4). */
@Component
public class StartValidityDelegate implements JavaDelegate {
  private final OrderService orderService;

  StartValidityDelegate(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orderService.startValidity(execution.getProcessBusinessKey());
  }
}
