package com.deliverysupervision.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.catalogue.ListedProducts;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The node that places an order keeps its facts; any other node reads them from the order table.
 * Both must refuse a completion that changes them.
 */
@DeliveryApplicationTest
class OrderFactsUnchangedTest {
  @Autowired TestOrders orders;
  @Autowired OrderRepository repository;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TestUsers users;

  @Test
  @DisplayName(
      "ALL-2 an order placed on another node has its facts read from the database, and a takeover is refused all the same")
  void orderPlacedElsewhere() {
    Order template = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String orderId = TestOrders.newOrderId();
    // Stored and started as another node would have done it: this node never saw it placed.
    Order elsewhere =
        new Order(
            orderId,
            template.productId(),
            template.specification(),
            template.sellerId(),
            template.customerId(),
            template.amount(),
            template.currency(),
            OrderStatus.PROCESSING,
            template.deliveryTemplate(),
            "D-" + orderId,
            null,
            template.placedAt(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false);
    repository.insert(elsewhere);
    String instance =
        runtimeService
            .startProcessInstanceByKey(
                elsewhere.deliveryTemplate(), orderId, OrderVariables.of(elsewhere))
            .getId();
    Map<String, Object> takeover = new HashMap<>(TestOrders.demand());
    takeover.put(OrderVariables.SELLER_ID, TestOrders.OTHER_SELLER);
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    assertThatThrownBy(() -> taskService.complete(task, takeover))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the order's sellerId cannot be changed");
    assertThat(runtimeService.getVariable(instance, OrderVariables.SELLER_ID))
        .isEqualTo(TestOrders.SELLER);
  }

  @Test
  @DisplayName(
      "LIC-3 ALL-2 the seller cannot choose the items the delivery content must name: the catalogue's delivery template of an order is kept, on the node that placed it and on another")
  void deliveryItemsOfTheCatalogue() throws Exception {
    String productId =
        new ListedProducts(api, mapper, taskService, users)
            .listed(TestOrders.SELLER, ListedProducts.readyLicense("Guarded License"));
    Order placed =
        repository
            .findById(
                mapper
                    .readTree(
                        api.post(
                                TestOrders.MARKETPLACE,
                                "/api/orders",
                                mapper.writeValueAsString(
                                    Map.of(
                                        "orderId",
                                        TestOrders.newOrderId(),
                                        "productId",
                                        productId,
                                        "specification",
                                        "Standard",
                                        "sellerId",
                                        TestOrders.SELLER,
                                        "customerId",
                                        TestOrders.CUSTOMER,
                                        "purchasedPeriod",
                                        "P1M")))
                            .getBody())
                    .path("orderId")
                    .asText())
            .orElseThrow();
    assertThat(
            runtimeService.getVariable(placed.processInstanceId(), OrderVariables.DELIVERY_ITEMS))
        .isEqualTo("License key\nInstallation guide");
    Order elsewhere =
        new Order(
            TestOrders.newOrderId(),
            placed.productId(),
            placed.specification(),
            placed.sellerId(),
            placed.customerId(),
            placed.amount(),
            placed.currency(),
            OrderStatus.PROCESSING,
            placed.deliveryTemplate(),
            "D-elsewhere",
            null,
            placed.placedAt(),
            null,
            placed.purchasedPeriod(),
            null,
            null,
            null,
            placed.productRevision(),
            placed.productName(),
            placed.deliveryDueAt(),
            false);
    // Stored and started as another node would have done it: this node never saw it placed.
    repository.insert(elsewhere);
    String elsewhereInstance =
        runtimeService
            .startProcessInstanceByKey(
                elsewhere.deliveryTemplate(),
                elsewhere.orderId(),
                OrderVariables.of(elsewhere)
                    .putValue(OrderVariables.DELIVERY_ITEMS, "License key\nInstallation guide"))
            .getId();

    for (String instance : List.of(placed.processInstanceId(), elsewhereInstance)) {
      List<Map<String, Object>> steps = LicenseSteps.submissions();
      completeTask(instance, steps.get(0));
      completeTask(instance, steps.get(1));
      Map<String, Object> proof = new HashMap<>(steps.get(2));
      proof.put(LicenseDelivery.DELIVERY_CONTENT, "Nothing yet.");
      proof.put(OrderVariables.DELIVERY_ITEMS, "Nothing yet");

      assertThatThrownBy(() -> completeTask(instance, proof))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("the order's deliveryItems cannot be changed");
      assertThat(runtimeService.getVariable(instance, OrderVariables.DELIVERY_ITEMS))
          .isEqualTo("License key\nInstallation guide");
    }
  }

  private void completeTask(String instance, Map<String, Object> variables) {
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        variables);
  }
}
