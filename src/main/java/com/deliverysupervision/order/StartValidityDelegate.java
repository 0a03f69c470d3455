package com.deliverysupervision.order;

import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start the validity period": use of the product starts now (SAAS-4), or at the actual enabling
 * time the seller set when delivering (LIC-4).
 */
@Component
public class StartValidityDelegate implements JavaDelegate {
  /** LIC-3, LIC-4: when the customer's use actually began, if the seller says so. */
  public static final String ACTUAL_ENABLING_TIME = "actualEnablingTime";

  private final OrderService orderService;

  StartValidityDelegate(OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date enabled = (Date) execution.getVariable(ACTUAL_ENABLING_TIME);
    orderService.startValidity(
        execution.getProcessBusinessKey(),
        enabled == null ? null : enabled.toInstant().atOffset(ZoneOffset.UTC));
  }
}
