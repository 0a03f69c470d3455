package com.deliverysupervision.settlement;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Settle the paid renewals" of the settlement run (REL-2, LIC-7). */
@Component
class SettleRenewalsDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(SettleRenewalsDelegate.class);

  private final Settlements settlements;
  private final EngineClock clock;

  SettleRenewalsDelegate(Settlements settlements, EngineClock clock) {
    this.settlements = settlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int settled = settlements.settleRenewals(clock.now());
    execution.setVariable("renewalsSettled", settled);
    log.info("Settlement run {} settled {} renewals", execution.getProcessInstanceId(), settled);
  }
}
