package com.deliverysupervision.catalogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Return the product to its seller" (REL-6, REL-7): rejected, the revision is a draft again. */
@Component
class ReturnToDraftDelegate implements JavaDelegate {
  private final ReleaseDecision decision;

  ReturnToDraftDelegate(ReleaseDecision decision) {
    this.decision = decision;
  }

  @Override
  public void execute(DelegateExecution review) {
    decision.reject(review);
  }
}
