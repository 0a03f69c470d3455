package com.deliverysupervision.order;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refuses a task completion that would change the order's variables: tasks are assigned through
 * {@code ${sellerId}} and {@code ${customerId}}, so a customer who sent another {@code sellerId}
 * with a completion would take over the seller's next task (ALL-2); a seller who sent another
 * {@code deliveryItems} with the proof would choose the items the delivery content must name
 * (LIC-3).
 */
@Component
class OrderFactsUnchanged implements UserTaskCompletionHook {
  /** The delivery items are checked only for a catalogue order (below). */
  private static final List<String> FACTS =
      OrderVariables.FACTS.stream()
          .filter(fact -> !fact.equals(OrderVariables.DELIVERY_ITEMS))
          .toList();

  /**
   * An order's facts never change once it is placed, so each node reads them once, not at every
   * completion (three of the order table's four reads per order in the benchmark). Filled only with
   * committed orders: a placement that rolls back never leaves facts behind.
   */
  private final Cache<String, Map<String, Object>> factsByOrder =
      Caffeine.newBuilder().maximumSize(10_000).build();

  private final OrderRepository orders;
  private final CatalogueTerms catalogue;

  OrderFactsUnchanged(OrderRepository orders, CatalogueTerms catalogue) {
    this.orders = orders;
    this.catalogue = catalogue;
  }

  /**
   * The node that places an order knows its facts: they are kept once the placement commits.
   *
   * @param deliveryItems the catalogue's delivery items as the order's variable holds them, null
   *     for an order of a product outside the catalogue
   */
  void rememberOnCommit(Order order, String deliveryItems) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              factsByOrder.put(order.orderId(), factsOf(order, deliveryItems));
            }
          });
    }
  }

  @Override
  public void onCompletion(CompletedTask task) {
    Map<String, Object> facts =
        factsByOrder.get(
            task.execution().getProcessBusinessKey(),
            orderId -> orders.findById(orderId).map(this::factsOf).orElse(null));
    if (facts == null) {
      return;
    }
    facts.forEach(
        (fact, value) -> {
          if (!Objects.equals(task.variable(fact), value)) {
            throw task.refused(fact, "the order's " + fact + " cannot be changed.");
          }
        });
  }

  private Map<String, Object> factsOf(Order order) {
    return factsOf(
        order,
        order.productRevision() == null
            ? null
            : catalogue
                .deliveryItems(order.productId(), order.productRevision())
                .map(OrderVariables::deliveryItems)
                .orElse(null));
  }

  /**
   * The order's facts; the delivery items only for an order from the catalogue, the one source that
   * vouches for them.
   */
  private static Map<String, Object> factsOf(Order order, String deliveryItems) {
    Map<String, Object> facts = new HashMap<>();
    FACTS.forEach(fact -> facts.put(fact, OrderVariables.valueOf(order, fact)));
    if (deliveryItems != null) {
      facts.put(OrderVariables.DELIVERY_ITEMS, deliveryItems);
    }
    return facts;
  }
}
