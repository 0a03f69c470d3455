package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderAction;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whether a party may appeal or raise a dispute on an order now (SAAS-6..SAAS-8, ALI-1): the check
 * of the appeal's first step, and what the orders view offers.
 */
@Component
class AppealEligibility implements OrderAction {
  private final List<DeliveryTemplate> templates;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;

  AppealEligibility(
      List<DeliveryTemplate> templates,
      @Lazy RuntimeService runtimeService,
      SystemCalls systemCalls) {
    this.templates = templates;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
  }

  /** Who decides, and the delivery's instance the appeal freezes. */
  record Eligible(AppealPolicy policy, String flowInstanceId) {}

  @Override
  public String name() {
    return "appeal";
  }

  @Override
  public void checkAllowed(Order order, CurrentUser caller) {
    check(order, caller.userId());
  }

  /** The appeal the appellant may file on the order; throws the refusal otherwise. */
  Eligible check(Order order, String appellant) {
    String orderId = order.orderId();
    if (!order.isParty(appellant)) {
      throw AppealNotAllowedException.notAParty(orderId);
    }
    AppealPolicy policy =
        templates.stream()
            .filter(template -> template.processKey().equals(order.deliveryTemplate()))
            .findFirst()
            .flatMap(DeliveryTemplate::appeals)
            .orElseThrow(
                () ->
                    conflict(
                        "Order "
                            + orderId
                            + " runs "
                            + order.deliveryTemplate()
                            + ", which has no appeals or disputes."));
    String flow = openFlowOf(order);
    if (appellant.equals(order.sellerId())
        && policy.sellerWaitsForFlow()
        && !sellerMayAppeal(flow)) {
      throw conflict(
          "The seller may appeal only once the customer has left its step untouched for 5 days,"
              + " until it acts, or after 3 rejections by either side (SAAS-6, SAAS-7).");
    }
    return new Eligible(policy, flow);
  }

  private String openFlowOf(Order order) {
    if (order.status() != OrderStatus.PROCESSING) {
      throw conflict(
          "Order "
              + order.orderId()
              + " is "
              + order.status()
              + "; only an order in delivery can be appealed or disputed.");
    }
    // Read as the application: the party may not read the flow's every detail.
    ProcessInstance flow =
        systemCalls.run(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceId(order.processInstanceId())
                    .singleResult());
    if (flow == null) {
      throw conflict("The delivery of order " + order.orderId() + " has ended.");
    }
    // Suspended: frozen by an open appeal. Running but not suspended: an appeal's decision is
    // still being carried out (the delivery resumed, its confirmation not yet handed to it).
    if (flow.isSuspended() || appealRunsOn(order.orderId())) {
      throw conflict(
          "An appeal or dispute on order "
              + order.orderId()
              + " is open: the delivery stays frozen until it is decided.");
    }
    return flow.getId();
  }

  /** Whether an appeal on the order runs, the one being filed aside (not written yet). */
  private boolean appealRunsOn(String orderId) {
    return systemCalls.run(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKeyIn(
                        DeliveryAppeal.PROCESS_KEY, DeliveryAppeal.EARLIER_PROCESS_KEY)
                    .processInstanceBusinessKey(orderId)
                    .count())
        > 0;
  }

  private boolean sellerMayAppeal(String flow) {
    Map<String, Object> rights =
        systemCalls.run(
            () ->
                runtimeService.getVariables(
                    flow,
                    List.of(SaasSupervision.SELLER_MAY_APPEAL, SaasSupervision.CUSTOMER_SILENT)));
    return rights.values().stream().anyMatch(Boolean.TRUE::equals);
  }

  private static AppealNotAllowedException conflict(String message) {
    return new AppealNotAllowedException(HttpStatus.CONFLICT, OrderVariables.ORDER_ID, message);
  }
}
