package com.deliverysupervision.support;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The steps of the current license delivery, each completed as Tasklist would. */
@Component
public class LicenseSteps {
  /** What the seller delivers: the delivery content must name each item (LIC-3). */
  public static final String ITEMS = "License key\nInstallation guide";

  public static final int DELIVERY_PERIOD_DAYS = 7;

  private final TaskService taskService;

  LicenseSteps(TaskService taskService) {
    this.taskService = taskService;
  }

  /**
   * A one-month license of the current template, as the marketplace sends it (no catalogue), placed
   * now or at {@code placedAt}.
   */
  public static NewOrder order(String orderId, OffsetDateTime placedAt) {
    return new NewOrder(
        orderId,
        "lic-backup",
        "Standard",
        TestOrders.SELLER,
        TestOrders.CUSTOMER,
        new BigDecimal("20.00"),
        "USD",
        LicenseDelivery.PROCESS_KEY,
        "P1M",
        null,
        null,
        null,
        placedAt,
        DELIVERY_PERIOD_DAYS);
  }

  /** What the four steps submit: request, acceptance, proof, the customer's acceptance. */
  public static List<Map<String, Object>> submissions() {
    return List.of(
        Map.of("serviceRequest", "Licenses for the finance team."),
        Map.of("requestDecision", "accept"),
        Map.of(
            LicenseDelivery.DELIVERY_CONTENT,
            "License key and installation guide sent.",
            LicenseDelivery.STATEMENT_OF_WORK,
            SampleFiles.named("statement-of-work.pdf", 2_000)),
        Map.of("deliveryDecision", "accept"));
  }

  /** Request, acceptance, proof and the customer's acceptance: the order is COMPLETED. */
  public void runToCompletion(Order order) {
    submissions().forEach(values -> complete(order, values));
  }

  private void complete(Order order, Map<String, Object> variables) {
    String task =
        taskService
            .createTaskQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult()
            .getId();
    taskService.complete(task, variables);
  }
}
