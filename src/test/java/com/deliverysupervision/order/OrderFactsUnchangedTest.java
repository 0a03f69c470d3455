package com.deliverysupervision.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.util.HashMap;
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
}
