package com.deliverysupervision.order;

import java.util.List;

/**
 * One page of an order list, newest first.
 *
 * @param nextAfter the order after which the next page starts; null on the last page
 */
public record OrderPage(List<Order> orders, String nextAfter) {

  /** The page of {@code limit} orders out of {@code limit + 1} read: one more means more follow. */
  static OrderPage of(List<Order> readOneMore, int limit) {
    if (readOneMore.size() <= limit) {
      return new OrderPage(readOneMore, null);
    }
    List<Order> page = readOneMore.subList(0, limit);
    return new OrderPage(List.copyOf(page), page.get(limit - 1).orderId());
  }
}
