package com.deliverysupervision.order;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A delivery process that a product can name as its template. Each process's package contributes
 * one as a Spring bean, so adding a process adds no line here.
 */
public interface DeliveryTemplate {
  /** The template's name as the marketplace sends it: the process id of its diagram. */
  String processKey();

  /**
   * The process an order placed at that time runs (LIC-8: a process whose rules changed keeps its
   * earlier version for the orders placed before the change); this one by default.
   */
  default String processKeyFor(OffsetDateTime placedAt) {
    return processKey();
  }

  /**
   * Whether a product may name this process as its template; not one that orders reach only by
   * their placement date through another's {@link #processKeyFor} (LIC-8: the earlier version).
   */
  default boolean namedByProducts() {
    return true;
  }

  /**
   * What an order of this template lacks, in words for the marketplace (answered 400); empty when
   * it has what the process needs.
   */
  default Optional<String> problemWith(NewOrder order) {
    return Optional.empty();
  }

  /**
   * How the seller or the customer appeals or raises a dispute while this process runs (SAAS-6..
   * SAAS-8, ALI-1); empty when they cannot.
   */
  default Optional<AppealPolicy> appeals() {
    return Optional.empty();
  }

  /**
   * Whether the settlement run settles orders of this process with their seller in the month after
   * they completed (REL-2).
   */
  default boolean settledMonthly() {
    return false;
  }

  /** Whether the billing run bills orders of this process once it completed (SAAS-3). */
  default boolean billedOnCompletion() {
    return false;
  }
}
