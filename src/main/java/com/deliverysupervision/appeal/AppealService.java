package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.OrderAccess;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files appeals on supervised orders (SAAS-6, SAAS-7, SAAS-8). */
@Service
public class AppealService {
  private static final Logger log = LoggerFactory.getLogger(AppealService.class);

  private final OrderService orderService;
  private final List<DeliveryTemplate> templates;
  private final RuntimeService runtimeService;
  private final OrderAccess orderAccess;
  private final SystemCalls systemCalls;

  AppealService(
      OrderService orderService,
      List<DeliveryTemplate> templates,
      RuntimeService runtimeService,
      OrderAccess orderAccess,
      SystemCalls systemCalls) {
    this.orderService = orderService;
    this.templates = templates;
    this.runtimeService = runtimeService;
    this.orderAccess = orderAccess;
    this.systemCalls = systemCalls;
  }

  /**
   * Starts the appeal, which freezes the order's service flow in the same transaction: when this
   * returns, no party can act on the order any more.
   */
  @Transactional
  public Appeal file(String orderId, NewAppeal appeal, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    if (!order.isParty(caller.userId())) {
      throw new AppealNotAllowedException(
          HttpStatus.FORBIDDEN,
          "Only the order's seller or customer may appeal; operations managers decide appeals.");
    }
    if (!supervisedByAppeals(order)) {
      throw new AppealNotAllowedException(
          HttpStatus.CONFLICT,
          "Order " + orderId + " runs " + order.deliveryTemplate() + ", which has no appeals.");
    }
    if (order.status() != OrderStatus.PROCESSING) {
      throw new AppealNotAllowedException(
          HttpStatus.CONFLICT,
          "Order "
              + orderId
              + " is "
              + order.status()
              + "; only an order in delivery can be appealed.");
    }
    String instanceId = order.processInstanceId();
    ProcessInstance flow = systemCalls.run(() -> supervisionInstance(instanceId));
    if (flow == null) {
      throw new AppealNotAllowedException(
          HttpStatus.CONFLICT, "The service flow of order " + orderId + " has ended.");
    }
    if (flow.isSuspended()) {
      throw new AppealNotAllowedException(
          HttpStatus.CONFLICT,
          "An appeal on order "
              + orderId
              + " is open: the service flow stays frozen until an operations manager decides.");
    }
    if (caller.userId().equals(order.sellerId()) && !sellerMayAppeal(instanceId)) {
      throw new AppealNotAllowedException(
          HttpStatus.CONFLICT,
          "The seller may appeal only after the customer has not updated the service flow for 5"
              + " days, or after 3 rejections by either side (SAAS-6, SAAS-7).");
    }
    String appealId =
        systemCalls.run(
            () ->
                orderAccess.startReadableByParties(
                    () ->
                        runtimeService
                            .startProcessInstanceByKey(
                                KooGalleryAppeal.PROCESS_KEY,
                                orderId,
                                OrderVariables.of(order)
                                    .putValue(KooGalleryAppeal.SUPERVISION_INSTANCE_ID, instanceId)
                                    .putValue(KooGalleryAppeal.APPELLANT, caller.userId())
                                    .putValue(KooGalleryAppeal.APPEAL_REASON, appeal.reason()))
                            .getId(),
                    order.sellerId(),
                    order.customerId()));
    log.info("Appeal {} on order {} filed by {}", appealId, orderId, caller.userId());
    return new Appeal(appealId, orderId, caller.userId(), appeal.reason());
  }

  private boolean supervisedByAppeals(Order order) {
    return templates.stream()
        .anyMatch(t -> t.processKey().equals(order.deliveryTemplate()) && t.supervisedByAppeals());
  }

  private ProcessInstance supervisionInstance(String instanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }

  private boolean sellerMayAppeal(String instanceId) {
    return Boolean.TRUE.equals(
        systemCalls.run(
            () -> runtimeService.getVariable(instanceId, SaasSupervision.SELLER_MAY_APPEAL)));
  }
}
