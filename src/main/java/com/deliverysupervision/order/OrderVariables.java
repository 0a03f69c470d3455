package com.deliverysupervision.order;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The process variables every delivery process receives from its order, one name each across all
 * diagrams and forms. The order's row stays the source of truth; these are copies for the forms.
 */
public final class OrderVariables {
  public static final String ORDER_ID = "orderId";
  public static final String PRODUCT_ID = "productId";
  public static final String SPECIFICATION = "specification";
  public static final String DELIVERY_ID = "deliveryId";
  public static final String SELLER_ID = "sellerId";
  public static final String CUSTOMER_ID = "customerId";

  /** ALI-3: the timer of a warranty stage reads it; only orders that have one carry it. */
  public static final String WARRANTY_PERIOD = "warrantyPeriod";

  /**
   * REL-1, LIC-3: the product's delivery template, one item per line, from the catalogue revision
   * the order was placed with; only catalogue orders carry it.
   */
  public static final String DELIVERY_ITEMS = "deliveryItems";

  /**
   * REL-3: when the delivery period ends (a Date), for the timer of the processes that have one.
   */
  public static final String DELIVERY_DUE_AT = "deliveryDueAt";

  /**
   * What an order is and whose: set when it is placed, and never changed (by a task's completion:
   * OrderFactsUnchanged; by hand: FactsNotChangedByHand).
   */
  public static final List<String> FACTS =
      List.of(
          ORDER_ID,
          PRODUCT_ID,
          SPECIFICATION,
          DELIVERY_ID,
          SELLER_ID,
          CUSTOMER_ID,
          WARRANTY_PERIOD,
          DELIVERY_ITEMS,
          DELIVERY_DUE_AT);

  private OrderVariables() {}

  public static VariableMap of(Order order) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(ORDER_ID, order.orderId())
            .putValue(PRODUCT_ID, order.productId())
            .putValue(SPECIFICATION, order.specification())
            .putValue(DELIVERY_ID, order.deliveryId())
            .putValue(SELLER_ID, order.sellerId())
            .putValue(CUSTOMER_ID, order.customerId());
    if (order.warrantyPeriod() != null) {
      variables.putValue(WARRANTY_PERIOD, order.warrantyPeriod());
    }
    if (order.deliveryDueAt() != null) {
      variables.putValue(DELIVERY_DUE_AT, Date.from(order.deliveryDueAt().toInstant()));
    }
    return variables;
  }

  /** The value of {@link #DELIVERY_ITEMS}: the items, one per line. */
  static String deliveryItems(List<String> items) {
    return String.join("\n", items);
  }

  /** The variables a task's submission must leave as the order has them. */
  static Object valueOf(Order order, String variable) {
    return switch (variable) {
      case ORDER_ID -> order.orderId();
      case PRODUCT_ID -> order.productId();
      case SPECIFICATION -> order.specification();
      case DELIVERY_ID -> order.deliveryId();
      case SELLER_ID -> order.sellerId();
      case CUSTOMER_ID -> order.customerId();
      case WARRANTY_PERIOD -> order.warrantyPeriod();
      case DELIVERY_DUE_AT ->
          order.deliveryDueAt() == null ? null : Date.from(order.deliveryDueAt().toInstant());
      default -> throw new IllegalArgumentException(variable + " is not an order variable");
    };
  }
}
