package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.OrderAccess;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderNotFoundException;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.order.StartValidityDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
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
  private final AppealEligibility eligibility;
  private final IdentityService identityService;
  private final OrderAccess orderAccess;

  CheckAppealDelegate(
      OrderService orderService,
      AppealEligibility eligibility,
      IdentityService identityService,
      OrderAccess orderAccess) {
    this.orderService = orderService;
    this.eligibility = eligibility;
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
    AppealEligibility.Eligible eligible = eligibility.check(order, appellant);
    AppealPolicy policy = eligible.policy();
    String flow = eligible.flowInstanceId();

    if (appeal.getProcessBusinessKey() == null) {
      appeal.setProcessBusinessKey(orderId);
    }
    appeal.setVariables(OrderVariables.of(order));
    appeal.setVariable(DeliveryAppeal.APPELLANT, appellant);
    appeal.setVariable(DeliveryAppeal.APPEAL_REASON, reason);
    appeal.setVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID, flow);
    appeal.setVariable(DeliveryAppeal.DECIDED_BY, policy.decidedBy());
    appeal.setVariable(DeliveryAppeal.VALIDITY_STARTS_ON_COMPLETION, policy.startsValidity());
    // LIC-4: an appeal that completes the order starts its validity where the delivery would
    // have, at the enabling time the seller set; the frozen delivery cannot change it meanwhile.
    Object enabled =
        Context.getCommandContext()
            .getExecutionManager()
            .findExecutionById(flow)
            .getVariable(StartValidityDelegate.ACTUAL_ENABLING_TIME);
    if (enabled != null) {
      appeal.setVariable(StartValidityDelegate.ACTUAL_ENABLING_TIME, enabled);
    }
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
}
