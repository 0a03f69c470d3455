package com.deliverysupervision.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {
  private static final String COLUMNS =
      "order_id, product_id, specification, seller_id, customer_id, amount, currency, status,"
          + " delivery_template, delivery_id, process_instance_id, placed_at, completed_at,"
          + " purchased_period, valid_from, valid_until, warranty_period, product_revision,"
          + " product_name, delivery_due_at, delivery_overdue";
  private static final String NEWEST_FIRST = " order by placed_at desc, order_id desc";

  private final JdbcClient jdbc;

  OrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a new order; the primary key, not a prior lookup, rejects a second order with the same
   * ID, so two concurrent requests cannot both succeed.
   */
  void insert(Order order) {
    try {
      jdbc.sql("insert into ds_order (" + COLUMNS + ") values (" + "?,".repeat(20) + "?)")
          .params(
              order.orderId(),
              order.productId(),
              order.specification(),
              order.sellerId(),
              order.customerId(),
              order.amount(),
              order.currency(),
              order.status().name(),
              order.deliveryTemplate(),
              order.deliveryId(),
              order.processInstanceId(),
              order.placedAt(),
              order.completedAt(),
              order.purchasedPeriod(),
              order.validFrom(),
              order.validUntil(),
              order.warrantyPeriod(),
              order.productRevision(),
              order.productName(),
              order.deliveryDueAt(),
              order.deliveryOverdue())
          .update();
    } catch (DuplicateKeyException e) {
      throw new DuplicateOrderException(order.orderId());
    }
  }

  void attachProcessInstance(String orderId, String processInstanceId) {
    jdbc.sql("update ds_order set process_instance_id = ? where order_id = ?")
        .params(processInstanceId, orderId)
        .update();
  }

  /**
   * Ends a processing order; a second call changes nothing, so a retried job is harmless. Whether
   * this call ended it.
   */
  boolean markEnded(String orderId, OrderStatus status, OffsetDateTime at) {
    return jdbc.sql(
                "update ds_order set status = ?, completed_at = ? where order_id = ? and status = ?")
            .params(status.name(), at, orderId, OrderStatus.PROCESSING.name())
            .update()
        == 1;
  }

  /**
   * Closes the order if it is still in delivery through that instance (not one started beside it
   * under its ID); whether this call closed it.
   */
  boolean closeDelivery(String orderId, String processInstanceId, OffsetDateTime at) {
    return jdbc.sql(
                "update ds_order set status = ?, completed_at = ? where order_id = ?"
                    + " and process_instance_id = ? and status = ?")
            .params(
                OrderStatus.CLOSED.name(),
                at,
                orderId,
                processInstanceId,
                OrderStatus.PROCESSING.name())
            .update()
        == 1;
  }

  /** REL-3: set once, while the order is in delivery; whether this call set it. */
  boolean markDeliveryOverdue(String orderId) {
    return jdbc.sql(
                "update ds_order set delivery_overdue = true where order_id = ?"
                    + " and delivery_overdue = false and status = 'PROCESSING'")
            .param(orderId)
            .update()
        == 1;
  }

  /** Set once: a retried step keeps the first start. */
  void startValidity(String orderId, OffsetDateTime from, OffsetDateTime until) {
    jdbc.sql(
            "update ds_order set valid_from = ?, valid_until = ? where order_id = ?"
                + " and valid_from is null")
        .params(from, until, orderId)
        .update();
  }

  Optional<Order> findById(String orderId) {
    return jdbc.sql("select " + COLUMNS + " from ds_order where order_id = ?")
        .param(orderId)
        .query(Order.class)
        .optional();
  }

  /**
   * Orders newest first (ties by ID), at most {@code limit}, that match the search: of one party,
   * or of all when {@code party} is null; those after {@code after} in that order, or from the
   * newest when it is null.
   */
  List<Order> page(String party, OrderSearch search, Order after, int limit) {
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new ArrayList<>();
    if (search.orderId() != null) {
      where.append(" and order_id like ?").append(ContainsText.ESCAPE);
      params.add(ContainsText.pattern(search.orderId()));
    }
    if (search.productName() != null) {
      where.append(" and lower(product_name) like ?").append(ContainsText.ESCAPE);
      params.add(ContainsText.pattern(search.productName().toLowerCase(Locale.ROOT)));
    }
    if (search.status() != null) {
      where.append(" and status = ?");
      params.add(search.status().name());
    }
    if (search.placedFrom() != null) {
      where.append(" and placed_at >= ?");
      params.add(search.placedFrom());
    }
    if (search.placedTo() != null) {
      where.append(" and placed_at < ?");
      params.add(search.placedTo());
    }
    if (search.frozen()) {
      // An appeal suspends the delivery's instance (Camunda: SUSPENSION_STATE_ 2).
      where.append(
          " and exists (select 1 from ACT_RU_EXECUTION e"
              + " where e.ID_ = ds_order.process_instance_id and e.SUSPENSION_STATE_ = 2)");
    }
    if (after != null) {
      // A row comparison reads the index from the cursor on; its spelled-out form was a filter
      // that read every order before it.
      where.append(" and (placed_at, order_id) < (?, ?)");
      params.add(after.placedAt());
      params.add(after.orderId());
    }
    if (party == null) {
      return newestFirst("select " + COLUMNS + " from ds_order where " + where, params, limit);
    }
    // Each half reads its party's index in the list's order: one plan serves a party of any size
    // (the sessions keep one plan per statement, PostgresPlansWithoutSequentialScans).
    List<String> halves = new ArrayList<>();
    List<Object> halvesParams = new ArrayList<>();
    for (String partyColumn : List.of("seller_id", "customer_id")) {
      halves.add(
          "(select "
              + COLUMNS
              + " from ds_order where "
              + where
              + " and "
              + partyColumn
              + " = ?"
              + NEWEST_FIRST
              + " limit ?)");
      halvesParams.addAll(params);
      halvesParams.add(party);
      halvesParams.add(limit);
    }
    return newestFirst(
        "select " + COLUMNS + " from (" + String.join(" union ", halves) + ") o",
        halvesParams,
        limit);
  }

  private List<Order> newestFirst(String select, List<Object> params, int limit) {
    List<Object> all = new ArrayList<>(params);
    all.add(limit);
    return jdbc.sql(select + NEWEST_FIRST + " limit ?").params(all).query(Order.class).list();
  }
}
