package com.deliverysupervision.appeal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Confirm the delivery in its process" (ALI-1, ALI-3): the administrator confirmed a delivery that
 * goes on after its confirmation; resumed, it takes the confirmation where its diagram waits for
 * it, and what follows (the warranty period) is the delivery's diagram's.
 */
@Component
class ConfirmDeliveryOnDisputeDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(ConfirmDeliveryOnDisputeDelegate.class);

  private final RuntimeService runtimeService;
  private final FrozenDelivery frozenDelivery;

  ConfirmDeliveryOnDisputeDelegate(RuntimeService runtimeService, FrozenDelivery frozenDelivery) {
    this.runtimeService = runtimeService;
    this.frozenDelivery = frozenDelivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    // The administrator decided; handing the decision to the delivery is the engine's part.
    int confirmed =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    runtimeService
                        .createMessageCorrelation(DeliveryAppeal.DELIVERY_CONFIRMED_ON_DISPUTE)
                        .processInstanceId(flow)
                        .correlateAllWithResult()
                        .size());
    if (confirmed == 0 && frozenDelivery.awaitsConfirmation(flow)) {
      // Frozen again (Cockpit): the job fails and is retried, then shows as an incident.
      throw new ProcessEngineException(
          "The delivery "
              + flow
              + " waits for the confirmation but is suspended; activate it to hand it over.");
    }
    if (confirmed == 0) {
      log.info(
          "Dispute {} on order {}: the customer confirmed the delivery since it resumed",
          execution.getProcessInstanceId(),
          execution.getProcessBusinessKey());
    } else {
      log.info(
          "Dispute {} on order {}: the delivery is confirmed and its warranty period starts",
          execution.getProcessInstanceId(),
          execution.getProcessBusinessKey());
    }
  }
}
