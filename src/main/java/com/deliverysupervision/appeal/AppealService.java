package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files appeals and disputes through the application's API (SAAS-6..SAAS-8, ALI-1). The appeal's
 * own first step decides whether it may be filed ({@link CheckAppealDelegate}), as it does when the
 * party starts it from Tasklist.
 */
@Service
public class AppealService {
  private final OrderService orderService;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;

  AppealService(OrderService orderService, RuntimeService runtimeService, SystemCalls systemCalls) {
    this.orderService = orderService;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
  }

  /**
   * Starts the appeal as the caller, which freezes the order's delivery in the same transaction:
   * when this returns, no party can act on the order any more.
   */
  @Transactional
  public Appeal file(String orderId, NewAppeal appeal, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    // Operations managers and administrators may not start appeals: say why, not "not authorized".
    if (!order.isParty(caller.userId())) {
      throw AppealNotAllowedException.notAParty(orderId);
    }
    String appealId =
        systemCalls.runAs(
            caller,
            () ->
                runtimeService
                    .createProcessInstanceByKey(DeliveryAppeal.PROCESS_KEY)
                    .businessKey(orderId)
                    .setVariable(DeliveryAppeal.APPEAL_REASON, appeal.reason())
                    .execute()
                    .getId());
    return new Appeal(appealId, orderId, caller.userId(), appeal.reason());
  }
}
