package com.deliverysupervision.settlement;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "Settle the completed license orders" of the settlement run (REL-2). */
@Component
class SettleOrdersDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(SettleOrdersDelegate.class);

  private final Settlements settlements;
  private final EngineClock clock;

  SettleOrdersDelegate(Settlements settlements, EngineClock clock) {
    this.settlements = settlements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int settled = settlements.settleOrders(clock.now());
    execution.setVariable("ordersSettled", settled);
    log.info("Settlement run {} settled {} orders", execution.getProcessInstanceId(), settled);
  }
}
