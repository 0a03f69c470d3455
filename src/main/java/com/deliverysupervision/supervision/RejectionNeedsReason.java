package com.deliverysupervision.supervision;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import org.springframework.stereotype.Component;

/**
 * A rejection, by the seller or by the customer, says why (SAAS-5, ALL-3). The forms show the
 * reason field only when rejecting, which form-js cannot express as a required field, so it is
 * checked here.
 */
@Component
class RejectionNeedsReason implements UserTaskCompletionHook {

  @Override
  public void onCompletion(CompletedTask task) {
    if (!SaasSupervision.PROCESS_KEY.equals(task.processKey())) {
      return;
    }
    for (Rejection rejection : Rejection.values()) {
      Object reason = task.variable(rejection.reason);
      boolean rejected = SaasSupervision.REJECT.equals(task.variable(rejection.decision));
      if (rejected && (reason == null || reason.toString().isBlank())) {
        throw task.refused(rejection.reason, "a rejection needs a reason.");
      }
    }
  }
}
