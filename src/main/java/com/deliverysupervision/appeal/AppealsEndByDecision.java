package com.deliverysupervision.appeal;

import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.process.ParseListeners;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * SAAS-8, SAAS-10, ALI-1: an appeal or dispute on an order in delivery ends only with its decision.
 * Cancelling it (in Cockpit or through Camunda's REST API) would leave the delivery frozen for
 * good, with nobody left to resume it, so the cancellation is refused with what to do instead. An
 * appeal ends undecided only with its delivery: terminating the delivery closes the order first
 * (ALI-1), then ends the appeal.
 */
@Component
class AppealsEndByDecision extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(AppealsEndByDecision.class);
  private final OrderService orderService;

  // Lazy: it needs the engine that this plugin helps to build.
  AppealsEndByDecision(@Lazy OrderService orderService) {
    this.orderService = orderService;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(
        configuration,
        ParseListeners.atEndOf(
            Set.of(DeliveryAppeal.PROCESS_KEY, DeliveryAppeal.EARLIER_PROCESS_KEY),
            this::refuseCancellation));
  }

  private void refuseCancellation(DelegateExecution appeal) {
    String orderId = appeal.getProcessBusinessKey();
    if (appeal.isCanceled() && orderService.inDelivery(orderId)) {
      log.info("Refused to cancel the open appeal {} on order {}", appeal.getId(), orderId);
      throw new BadUserRequestException(
          "The appeal or dispute on order "
              + orderId
              + " cannot be cancelled: it keeps the delivery frozen until it is decided in the"
              + " task 'Decide on the appeal or dispute' (resume the delivery, complete or close"
              + " the order). To end the delivery altogether, terminate it"
              + " (POST /api/orders/"
              + orderId
              + "/termination), which ends the appeal too.");
    }
  }
}
