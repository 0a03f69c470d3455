package com.deliverysupervision.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hand the reason to the customer / seller" (LIC-2, LIC-5, LIC-8): a rejection of a license
 * delivery's request or delivery goes back with its reason, and the next round starts undecided.
 * Unlike the SaaS flow's {@link CountRejectionDelegate} nothing is counted: either party of a
 * license delivery may appeal at any time.
 */
@Component
class HandBackRejectionDelegate implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    Rejection.valueOf((String) execution.getVariableLocal("rejectedBy")).handBack(execution);
  }
}
