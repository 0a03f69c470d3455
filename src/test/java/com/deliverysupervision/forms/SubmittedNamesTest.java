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
 * What a user sends with a task is what its form names, whichever channel: here the Java API as the
 * webapps and the REST API call it, with the user logged in.
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

    assertThatThrownBy(() -> taskService.complete(review, smuggled))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("sellerMayAppeal is not on its form");
    assertThatThrownBy(() -> formService.submitTaskForm(review, smuggled))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("sellerMayAppeal is not on its form");
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
}
