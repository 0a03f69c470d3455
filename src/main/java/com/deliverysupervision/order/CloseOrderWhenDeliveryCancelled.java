package com.deliverysupervision.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * ALI-1: a delivery whose instance is cancelled (terminated through the API, or cancelled in
 * Cockpit by a marketplace administrator) closes its order, in the same transaction, with the
 * cancellation's reason in the order's records. Attached to every delivery diagram as it is parsed,
 * as a built-in listener, which Cockpit's "skip custom listeners" does not skip.
 *
 * <p>An order that an appeal already completed or closed before ending its flow stays as it is; an
 * order closed here takes its open appeal with it.
 */
@Component
class CloseOrderWhenDeliveryCancelled extends AbstractProcessEnginePlugin {
  private final Set<String> deliveryProcesses;
  private final OrderService orderService;
  private final RuntimeService runtimeService;

  // Lazy: both need the engine that this plugin helps to build.
  CloseOrderWhenDeliveryCancelled(
      List<DeliveryTemplate> templates,
      @Lazy OrderService orderService,
      @Lazy RuntimeService runtimeService) {
    this.deliveryProcesses =
        templates.stream().map(DeliveryTemplate::processKey).collect(Collectors.toSet());
    this.orderService = orderService;
    this.runtimeService = runtimeService;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AttachToDeliveries());
    configuration.setCustomPostBPMNParseListeners(listeners);
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

  private final class AttachToDeliveries extends AbstractBpmnParseListener {
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (deliveryProcesses.contains(processDefinition.getKey())) {
        ExecutionListener closeOrder =
            execution -> {
              if (execution.isCanceled()) {
                String orderId = execution.getProcessBusinessKey();
                String reason = ((ExecutionEntity) execution).getDeleteReason();
                if (orderService.closeCancelled(orderId, reason)) {
                  endAppeals(orderId, execution.getProcessInstanceId(), reason);
                }
              }
            };
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, closeOrder);
      }
    }
  }
}
