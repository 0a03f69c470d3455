package com.deliverysupervision.billing;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Bill the completed orders" of the billing run (SAAS-3). */
@Component
class GenerateBillsDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(GenerateBillsDelegate.class);

  private final Bills bills;
  private final EngineClock clock;

  GenerateBillsDelegate(Bills bills, EngineClock clock) {
    this.bills = bills;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int generated = bills.generateForOrders(clock.now());
    execution.setVariable("billsGenerated", generated);
    log.info("Billing run {} generated {} bills", execution.getProcessInstanceId(), generated);
  }
}
