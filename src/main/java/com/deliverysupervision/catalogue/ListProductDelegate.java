package com.deliverysupervision.catalogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "List the product" (REL-7): the approved revision goes on sale. */
@Component
class ListProductDelegate implements JavaDelegate {
  private final ReleaseDecision decision;

  ListProductDelegate(ReleaseDecision decision) {
    this.decision = decision;
  }

  @Override
  public void execute(DelegateExecution review) {
    decision.approve(review);
  }
}
