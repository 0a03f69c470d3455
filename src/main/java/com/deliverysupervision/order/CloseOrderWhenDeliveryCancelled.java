package com.deliverysupervision.order;

import com.deliverysupervision.process.ParseListeners;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * ALI-1: a delivery whose instance is cancelled (terminated through the API, or cancelled in
 * Cockpit by a marketplace administrator) closes its order, in the same transaction, with the
 * cancellation's reason in the order's records. Attached to every delivery diagram as it is parsed,
 * as a built-in listener, which Cockpit's "skip custom listeners" does not skip.
 *
 * <p>Published as {@link DeliveryTerminated}, in the same transaction, for whoever tells the
 * parties.
 *
 * <p>An order that an appeal already completed or closed before ending its flow stays as it is, and
 * so does one whose instance is not the one cancelled (an instance started beside it under its ID,
 * before such starts were refused: {@code ProcessesStartedByTheApplication}); an order closed here
 * takes its open appeal with it.
 */
@Component
class CloseOrderWhenDeliveryCancelled extends AbstractProcessEnginePlugin {
  private final Set<String> deliveryProcesses;
  private final OrderService orderService;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;

  // Lazy: both need the engine that this plugin helps to build.
  CloseOrderWhenDeliveryCancelled(
      List<DeliveryTemplate> templates,
      @Lazy OrderService orderService,
      @Lazy RuntimeService runtimeService,
      ApplicationEventPublisher events) {
    this.deliveryProcesses =
        templates.stream().map(DeliveryTemplate::processKey).collect(Collectors.toSet());
    this.orderService = orderService;
    this.runtimeService = runtimeService;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(
        configuration, ParseListeners.atEndOf(deliveryProcesses, this::closeOrderIfCancelled));
  }

  private void closeOrderIfCancelled(DelegateExecution execution) {
    if (execution.isCanceled()) {
      String orderId = execution.getProcessBusinessKey();
      String reason = ((ExecutionEntity) execution).getDeleteReason();
      if (orderService.closeCancelled(orderId, execution.getProcessInstanceId(), reason)) {
        endAppeals(orderId, execution.getProcessInstanceId(), reason);
        events.publishEvent(
            new DeliveryTerminated(
                orderId,
                (String) execution.getVariable(OrderVariables.SELLER_ID),
                (String) execution.getVariable(OrderVariables.CUSTOMER_ID),
                reason));
      }
    }
  }

  /**
   * An open appeal (same business key) would wait for a decision on a flow that is gone. Ended on
   * the application's behalf: whoever may end the delivery ends what hangs on it.
   */
  private void endAppeals(String orderId, String deliveryInstanceId, String reason) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              for (ProcessInstance instance :
                  runtimeService
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(orderId)
                      .list()) {
                if (!instance.getId().equals(deliveryInstanceId)) {
                  runtimeService.deleteProcessInstance(instance.getId(), reason);
                }
              }
              return null;
            });
  }
}
