package com.deliverysupervision.license;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
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
  /** The diagrams' step that shows the contact ({@link ShowCustomerContactDelegate}). */
  private static final String SHOWS_CONTACT = "${showCustomerContactDelegate}";

  private final OrderService orderService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final SystemCalls systemCalls;

  CustomerContacts(
      OrderService orderService,
      RuntimeService runtimeService,
      ManagementService managementService,
      RepositoryService repositoryService,
      IdentityService identityService,
      SystemCalls systemCalls) {
    this.orderService = orderService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.systemCalls = systemCalls;
  }

  /** For the order's seller once the customer was silent; its customer, operators always. */
  public CustomerContact of(String orderId, CurrentUser caller) {
    Order order = orderService.find(orderId, caller);
    if (caller.userId().equals(order.sellerId())
        && !caller.userId().equals(order.customerId())
        && !shown(order)) {
      throw new ErrorResponseException(HttpStatus.CONFLICT, notYetShown(order), null);
    }
    User customer =
        systemCalls.run(
            () -> identityService.createUserQuery().userId(order.customerId()).singleResult());
    return new CustomerContact(
        order.customerId(),
        (customer.getFirstName() + " " + customer.getLastName()).strip(),
        customer.getEmail());
  }

  private ProcessInstance instanceOf(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult();
  }

  private boolean shown(Order order) {
    return systemCalls.run(
        () -> {
          ProcessInstance flow = instanceOf(order);
          return flow != null
              && Boolean.TRUE.equals(
                  runtimeService.getVariable(
                      flow.getId(), ShowCustomerContactDelegate.CUSTOMER_CONTACT_SHOWN));
        });
  }

  /**
   * When the seller will see the contact, as the order's diagram says (its step that shows it, the
   * due date of the customer's silence, also as {@code shownFrom} for Tasklist), or why it will
   * not.
   */
  private ProblemDetail notYetShown(Order order) {
    return systemCalls.run(
        () -> {
          if (!diagramShowsContact(order)) {
            return refused(
                "The customer's contact is shown to the seller in a license delivery, once the"
                    + " customer has not accepted the delivery for the configured time (LIC-6);"
                    + " this order's delivery does not show it.");
          }
          Job silence =
              managementService
                  .createJobQuery()
                  .processInstanceId(order.processInstanceId())
                  .activityId(LicenseDelivery.TIMER_CUSTOMER_SILENT)
                  .list()
                  .stream()
                  .findFirst()
                  .orElse(null);
          if (silence == null) {
            return refused(
                "The customer's contact is shown to the seller once the customer has not accepted"
                    + " the delivery for the configured time (LIC-6); this delivery is not waiting"
                    + " for the customer's acceptance.");
          }
          Instant due = silence.getDuedate().toInstant();
          ProblemDetail problem =
              refused(
                  "The customer's contact is shown to the seller from "
                      + due
                      + " if the customer has not accepted the delivery by then (LIC-6); until"
                      + " then the delivery waits for the customer in Tasklist.");
          problem.setProperty("shownFrom", due);
          return problem;
        });
  }

  private static ProblemDetail refused(String detail) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
  }

  /** The order's diagram (its instance's version, or the template's latest once it ended). */
  private boolean diagramShowsContact(Order order) {
    ProcessInstance flow = instanceOf(order);
    String definitionId =
        flow != null
            ? flow.getProcessDefinitionId()
            : repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(order.deliveryTemplate())
                .latestVersion()
                .singleResult()
                .getId();
    return repositoryService
        .getBpmnModelInstance(definitionId)
        .getModelElementsByType(ServiceTask.class)
        .stream()
        .anyMatch(step -> SHOWS_CONTACT.equals(step.getCamundaDelegateExpression()));
  }
}
