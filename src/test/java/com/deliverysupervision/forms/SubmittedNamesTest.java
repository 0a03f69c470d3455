package com.deliverysupervision.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.TestOrders;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a user sends with a task is what its form names, and what the form only shows stays as the
 * process holds it, whichever channel: here the Java API as the webapps and the REST API call it,
 * with the user logged in.
 */
@DeliveryApplicationTest
class SubmittedNamesTest {
  @Autowired TestOrders orders;
  @Autowired SaasSteps steps;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  Order order;
  String review;

  @BeforeEach
  void requestToReview() {
    order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    steps.submitRequest(order, "Accounts");
    review = orders.openTaskOf(order);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName(
      "SAAS-7 ALL-2 the seller cannot make itself eligible to appeal by sending sellerMayAppeal with its review, by completion or form submission; the form's own fields pass")
  void onlyTheFormsNames() {
    identityService.setAuthentication(TestOrders.SELLER, List.of(Roles.SELLERS));
    Map<String, Object> smuggled =
        Map.of(SaasSupervision.REQUEST_DECISION, "accept", SaasSupervision.SELLER_MAY_APPEAL, true);

    assertReviewRefused(smuggled, "sellerMayAppeal is not on its form");
    assertThat(runtimeService.getVariable(order.processInstanceId(), "sellerMayAppeal")).isNull();

    taskService.complete(review, Map.of(SaasSupervision.REQUEST_DECISION, "accept"));
    assertThat(taskService.createTaskQuery().taskId(review).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-2 an administrator repairing a flow by hand, and the application itself, may send what the form does not name")
  void administratorsAndTheApplication() {
    identityService.setAuthentication(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
    taskService.complete(
        review,
        Map.of(SaasSupervision.REQUEST_DECISION, "accept", "repairedBy", TestOrders.MARKETPLACE));
    identityService.clearAuthentication();

    assertThat(runtimeService.getVariable(order.processInstanceId(), "repairedBy"))
        .isEqualTo(TestOrders.MARKETPLACE);
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 SAAS-9 the seller reviewing cannot rewrite the customer's request its form shows, by completion or form submission: 400, the request unchanged; sent back as shown, the review passes")
  void sellerCannotRewriteTheRequest() {
    identityService.setAuthentication(TestOrders.SELLER, List.of(Roles.SELLERS));
    Map<String, Object> rewritten =
        Map.of(SaasSupervision.REQUEST_DECISION, "accept", "serviceRequest", "Nothing at all");

    assertReviewRefused(rewritten, "serviceRequest is shown on its form");
    assertThat(runtimeService.getVariable(order.processInstanceId(), "serviceRequest"))
        .isEqualTo("Accounts");

    formService.submitTaskForm(
        review,
        Map.of(
            SaasSupervision.REQUEST_DECISION,
            "accept",
            "serviceRequest",
            "Accounts",
            "orderId",
            order.orderId()));
    assertThat(taskService.createTaskQuery().taskId(review).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-3 a read-only field of a variable the process does not have yet passes empty, as Tasklist sends it, and is refused filled in")
  void emptyWhereNothingIsHeld() {
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");
    String request = orders.openTaskOf(order);
    identityService.setAuthentication(TestOrders.CUSTOMER, List.of(Roles.CUSTOMERS));

    assertThatThrownBy(
            () ->
                taskService.complete(
                    request,
                    Map.of(
                        "serviceRequest", "Accounts",
                        "lastRequestRejectionReason", "The seller agreed already.")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("lastRequestRejectionReason is shown on its form");

    taskService.complete(
        request, Map.of("serviceRequest", "Accounts", "lastRequestRejectionReason", ""));
    assertThat(taskService.createTaskQuery().taskId(request).count()).isZero();
  }

  /** Refused by completion and by form submission alike. */
  private void assertReviewRefused(Map<String, Object> sent, String reason) {
    assertThatThrownBy(() -> taskService.complete(review, sent))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(reason);
    assertThatThrownBy(() -> formService.submitTaskForm(review, sent))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(reason);
  }
}
