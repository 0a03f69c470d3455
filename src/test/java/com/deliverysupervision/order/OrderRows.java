package com.deliverysupervision.order;

import org.springframework.context.ApplicationContext;

/**
 * Stores orders as they are, without placing them: for set-ups that start the orders' instances
 * themselves, such as the benchmark's timer storm.
 */
public final class OrderRows {
  private final OrderRepository repository;

  public OrderRows(ApplicationContext application) {
    this.repository = application.getBean(OrderRepository.class);
  }

  public void insert(Order order) {
    repository.insert(order);
  }
}
