package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.OrderAccess;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderNotFoundException;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "Check that the appeal may be filed" (SAAS-6..SAAS-8, ALI-1). An appeal starts from Tasklist's
 * start form, the application's API or Camunda's REST API; whichever it was, the appellant is the
 * logged-in user who started it, and the appeal takes the order's facts and who decides from the
 * order, never from what the starter submitted. A refusal rolls the start back: nothing is frozen.
 */
@Component
class CheckAppealDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(CheckAppealDelegate.class);

  private final OrderService orderService;
  private final List<DeliveryTemplate> templates;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final OrderAccess orderAccess;

  CheckAppealDelegate(
      OrderService orderService,
      List<DeliveryTemplate> templates,
      RuntimeService runtimeService,
      IdentityService identityService,
      OrderAccess orderAccess) {
    this.orderService = orderService;
    this.templates = templates;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.orderAccess = orderAccess;
  }

  @Override
  public void execute(DelegateExecution appeal) {
    String appellant = Context.getCommandContext().getAuthenticatedUserId();
    if (appellant == null) {
      throw new AppealNotAllowedException(
          HttpStatus.FORBIDDEN,
          DeliveryAppeal.APPELLANT,
          "An appeal or dispute is filed by the order's seller or customer, logged in.");
    }
    String orderId = orderIdOf(appeal);
    String reason = reasonOf(appeal);
    Order order = orderOf(orderId);
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
          "The seller may appeal only after the customer has not updated the service flow for 5"
              + " days, or after 3 rejections by either side (SAAS-6, SAAS-7).");
    }

    if (appeal.getProcessBusinessKey() == null) {
      appeal.setProcessBusinessKey(orderId);
    }
    appeal.setVariables(OrderVariables.of(order));
    appeal.setVariable(DeliveryAppeal.APPELLANT, appellant);
    appeal.setVariable(DeliveryAppeal.APPEAL_REASON, reason);
    appeal.setVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID, flow);
    appeal.setVariable(DeliveryAppeal.DECIDED_BY, policy.decidedBy());
    appeal.setVariable(DeliveryAppeal.VALIDITY_STARTS_ON_COMPLETION, policy.startsValidity());
    orderAccess.grantParties(appeal.getProcessInstanceId(), order.sellerId(), order.customerId());
    log.info(
        "Appeal {} on order {} filed by {}, decided by {}",
        appeal.getProcessInstanceId(),
        orderId,
        appellant,
        policy.decidedBy());
  }

  private static String orderIdOf(DelegateExecution appeal) {
    Object orderId =
        appeal.getProcessBusinessKey() != null
            ? appeal.getProcessBusinessKey()
            : appeal.getVariable(OrderVariables.ORDER_ID);
    if (!(orderId instanceof String id) || id.isBlank()) {
      throw new AppealNotAllowedException(
          HttpStatus.BAD_REQUEST,
          OrderVariables.ORDER_ID,
          "Name the order the appeal or dispute is about (its order ID).");
    }
    return id.strip();
  }

  private static String reasonOf(DelegateExecution appeal) {
    Object reason = appeal.getVariable(DeliveryAppeal.APPEAL_REASON);
    if (!(reason instanceof String text) || text.isBlank()) {
      throw new AppealNotAllowedException(
          HttpStatus.BAD_REQUEST,
          DeliveryAppeal.APPEAL_REASON,
          "Give the reason for the appeal or dispute.");
    }
    if (text.length() > DeliveryAppeal.MAX_REASON_LENGTH) {
      throw new AppealNotAllowedException(
          HttpStatus.BAD_REQUEST,
          DeliveryAppeal.APPEAL_REASON,
          "The reason may be at most " + DeliveryAppeal.MAX_REASON_LENGTH + " characters long.");
    }
    return text;
  }

  private Order orderOf(String orderId) {
    try {
      return orderService.find(orderId, CurrentUser.of(identityService));
    } catch (OrderNotFoundException unknown) {
      throw new AppealNotAllowedException(
          HttpStatus.NOT_FOUND, OrderVariables.ORDER_ID, unknown.getBody().getDetail());
    }
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
    ProcessInstance flow =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(order.processInstanceId())
                        .singleResult());
    if (flow == null) {
      throw conflict("The delivery of order " + order.orderId() + " has ended.");
    }
    if (flow.isSuspended()) {
      throw conflict(
          "An appeal or dispute on order "
              + order.orderId()
              + " is open: the delivery stays frozen until it is decided.");
    }
    return flow.getId();
  }

  private boolean sellerMayAppeal(String flow) {
    return Boolean.TRUE.equals(
        Context.getCommandContext()
            .runWithoutAuthorization(
                () -> runtimeService.getVariable(flow, SaasSupervision.SELLER_MAY_APPEAL)));
  }

  private static AppealNotAllowedException conflict(String message) {
    return new AppealNotAllowedException(HttpStatus.CONFLICT, OrderVariables.ORDER_ID, message);
  }
}
