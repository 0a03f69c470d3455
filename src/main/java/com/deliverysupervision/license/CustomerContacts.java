package com.deliverysupervision.license;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * LIC-6: a seller whose customer has not accepted the delivery for a long time sees the customer's
 * contact details on the order, to reach out before or instead of appealing.
 */
@Service
public class CustomerContacts {
  private final OrderService orderService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SystemCalls systemCalls;

  CustomerContacts(
      OrderService orderService,
      RuntimeService runtimeService,
      IdentityService identityService,
      SystemCalls systemCalls) {
    this.orderService = orderService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.systemCalls = systemCalls;
  }

  /** For the order's seller once the customer was silent; its customer, operators always. */
  public CustomerContact of(String orderId, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    if (caller.userId().equals(order.sellerId())
        && !caller.userId().equals(order.customerId())
        && !shown(order)) {
      throw new ErrorResponseException(
          HttpStatus.CONFLICT,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              "The customer's contact is shown to the seller once the customer has not accepted"
                  + " the delivery for the configured time (LIC-6); the delivery waits for the"
                  + " customer in Tasklist."),
          null);
    }
    User customer =
        systemCalls.run(
            () -> identityService.createUserQuery().userId(order.customerId()).singleResult());
    return new CustomerContact(
        order.customerId(),
        (customer.getFirstName() + " " + customer.getLastName()).strip(),
        customer.getEmail());
  }

  private boolean shown(Order order) {
    return systemCalls.run(
        () -> {
          ProcessInstance flow =
              runtimeService
                  .createProcessInstanceQuery()
                  .processInstanceId(order.processInstanceId())
                  .singleResult();
          return flow != null
              && Boolean.TRUE.equals(
                  runtimeService.getVariable(
                      flow.getId(), ShowCustomerContactDelegate.CUSTOMER_CONTACT_SHOWN));
        });
  }
}
