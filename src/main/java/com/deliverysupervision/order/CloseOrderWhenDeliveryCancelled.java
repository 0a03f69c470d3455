package com.deliverysupervision.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * ALI-1: a delivery whose instance is cancelled (terminated through the API, or cancelled in
 * Cockpit by a marketplace administrator) closes its order, in the same transaction, with the
 * cancellation's reason in the order's records. Attached to every delivery diagram as it is parsed,
 * as a built-in listener, which Cockpit's "skip custom listeners" does not skip.
 *
 * <p>An order that an appeal already completed or closed before ending its flow stays as it is.
 */
@Component
class CloseOrderWhenDeliveryCancelled extends AbstractProcessEnginePlugin {
  private final Set<String> deliveryProcesses;
  private final OrderService orderService;

  // Lazy: the order service needs the engine that this plugin helps to build.
  CloseOrderWhenDeliveryCancelled(
      List<DeliveryTemplate> templates, @Lazy OrderService orderService) {
    this.deliveryProcesses =
        templates.stream().map(DeliveryTemplate::processKey).collect(Collectors.toSet());
    this.orderService = orderService;
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

  private final class AttachToDeliveries extends AbstractBpmnParseListener {
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      if (deliveryProcesses.contains(processDefinition.getKey())) {
        ExecutionListener closeOrder =
            execution -> {
              if (execution.isCanceled()) {
                orderService.closeCancelled(
                    execution.getProcessBusinessKey(),
                    ((ExecutionEntity) execution).getDeleteReason());
              }
            };
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, closeOrder);
      }
    }
  }
}
