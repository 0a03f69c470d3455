package com.deliverysupervision.support;

import com.deliverysupervision.billing.BillingRun;
import com.deliverysupervision.settlement.SettlementRun;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Runs the monthly billing or settlement run now, as the job executor does when its timer start
 * event falls due: the tests move the engine clock there first.
 */
@Component
public class MonthlyRuns {
  private final ManagementService managementService;

  MonthlyRuns(ManagementService managementService) {
    this.managementService = managementService;
  }

  /** SAAS-3: bills the orders completed before now. */
  public void bill() {
    run(BillingRun.PROCESS_KEY);
  }

  /** REL-2: settles the license orders completed before this month. */
  public void settle() {
    run(SettlementRun.PROCESS_KEY);
  }

  private void run(String processKey) {
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processDefinitionKey(processKey)
            .timers()
            .singleResult()
            .getId());
  }
}
