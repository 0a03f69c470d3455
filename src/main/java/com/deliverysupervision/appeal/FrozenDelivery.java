package com.deliverysupervision.appeal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The delivery an appeal or dispute froze, as the appeal diagram's gateway "Does the delivery go on
 * after its confirmation?" reads it (ALI-1, ALI-3): the delivery's own diagram says so by waiting
 * for {@link DeliveryAppeal#DELIVERY_CONFIRMED_ON_DISPUTE} where the appeal found it.
 */
@Component("frozenDelivery")
public class FrozenDelivery {
  private final RuntimeService runtimeService;

  FrozenDelivery(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public boolean goesOnAfterConfirmation(DelegateExecution appeal) {
    return awaitsConfirmation((String) appeal.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID));
  }

  /** Whether the delivery waits for the confirmation now, frozen or not. */
  boolean awaitsConfirmation(String flow) {
    // The decider may read the appeal, not the delivery's subscriptions.
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                runtimeService
                        .createEventSubscriptionQuery()
                        .processInstanceId(flow)
                        .eventType("message")
                        .eventName(DeliveryAppeal.DELIVERY_CONFIRMED_ON_DISPUTE)
                        .count()
                    > 0);
  }
}
