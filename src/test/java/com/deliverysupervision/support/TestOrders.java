package com.deliverysupervision.support;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Places orders as the marketplace would, each with a fresh ID. */
@Component
public class TestOrders {
  public static final String SELLER = "seller1";
  public static final String OTHER_SELLER = "seller2";
  public static final String CUSTOMER = "customer1";
  public static final String OTHER_CUSTOMER = "customer2";
  public static final String OPERATIONS = "ops1";
  public static final String MARKETPLACE = "marketplace";
  public static final int DELIVERY_PERIOD_DAYS = 30;

  private final OrderService orderService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  TestOrders(OrderService orderService, TaskService taskService, RuntimeService runtimeService) {
    this.orderService = orderService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /**
   * The order's running process instances (delivery, appeal) that whoever is acting sees: all of
   * them when nobody is logged in.
   */
  public long instancesOf(Order order) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(order.orderId())
        .count();
  }

  /** The ID of the one open task of the order's delivery process, as seen by whoever is acting. */
  public String openTaskOf(Order order) {
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .getId();
  }

  public static String newOrderId() {
    return "T-" + UUID.randomUUID();
  }

  public static NewOrder newOrder(String orderId, String template) {
    return newOrder(orderId, template, null);
  }

  /** An order outside the catalogue, with a delivery period of 30 days (REL-3). */
  public static NewOrder newOrder(String orderId, String template, String purchasedPeriod) {
    return new NewOrder(
        orderId,
        "cmjj00123456",
        "Website building, standard edition",
        SELLER,
        CUSTOMER,
        new BigDecimal("1200.00"),
        "USD",
        template,
        purchasedPeriod,
        null,
        null,
        null,
        null,
        DELIVERY_PERIOD_DAYS);
  }

  /** A complete, valid demand as the customer submits it in the basic delivery process. */
  public static Map<String, Object> demand() {
    return Map.of(
        "contactName", "Chen Customer",
        "contactPhone", "+86 10 1234 5678",
        "contactEmail", "chen@example.com",
        "demands", "A shop site with three pages, ready by the end of the month.");
  }

  public Order place(String template) {
    return place(template, null);
  }

  public Order place(String template, String purchasedPeriod) {
    return orderService.place(
        newOrder(newOrderId(), template, purchasedPeriod),
        new CurrentUser(MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
  }

  /** An order of the template between these two parties. */
  public Order placeBetween(String seller, String customer, String template) {
    NewOrder order = newOrder(newOrderId(), template);
    return orderService.place(
        new NewOrder(
            order.orderId(),
            order.productId(),
            order.specification(),
            seller,
            customer,
            order.amount(),
            order.currency(),
            template,
            null),
        new CurrentUser(MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
  }

  /** A double check delivery (ALI-3) of a product with the given warranty period. */
  public Order placeWithWarranty(String template, String warrantyPeriod) {
    NewOrder order = newOrder(newOrderId(), template);
    return orderService.place(
        new NewOrder(
            order.orderId(),
            order.productId(),
            order.specification(),
            order.sellerId(),
            order.customerId(),
            order.amount(),
            order.currency(),
            template,
            null,
            warrantyPeriod),
        new CurrentUser(MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
  }

  public Order find(String orderId) {
    return orderService.find(
        orderId, new CurrentUser(OPERATIONS, List.of(Roles.OPERATIONS_MANAGERS)));
  }
}
