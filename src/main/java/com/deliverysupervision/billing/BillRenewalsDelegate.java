package com.deliverysupervision.billing;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Bill the paid renewals" of the billing run (SAAS-3, LIC-7). */
@Component
class BillRenewalsDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(BillRenewalsDelegate.class);

  private final Bills bills;
  private final EngineClock clock;

  BillRenewalsDelegate(Bills bills, EngineClock clock) {
    this.bills = bills;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int generated = bills.generateForRenewals(clock.now());
    execution.setVariable("renewalsBilled", generated);
    log.info("Billing run {} billed {} renewals", execution.getProcessInstanceId(), generated);
  }
}
