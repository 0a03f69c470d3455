package com.deliverysupervision.license;

import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.StartValidityDelegate;
import com.deliverysupervision.process.EntryCheck;
import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * LIC-3, LIC-4: the actual enabling time the seller may set with the delivery proof is when the
 * customer's use began: not in the future, and not before the order was placed.
 */
@Component
class EnablingTimeCheck implements EntryCheck {
  private static final Entry ENTRY =
      new Entry(
          LicenseDelivery.PROCESS_KEY,
          LicenseDelivery.TASK_UPLOAD_PROOF,
          StartValidityDelegate.ACTUAL_ENABLING_TIME);
  private final OrderService orderService;
  private final EngineClock clock;

  // Lazy: the entry checks are part of the engine that the order service needs.
  EnablingTimeCheck(@Lazy OrderService orderService, EngineClock clock) {
    this.orderService = orderService;
    this.clock = clock;
  }

  @Override
  public Entry entry() {
    return ENTRY;
  }

  @Override
  public Optional<String> problemWith(Object value, DelegateExecution instance) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Date date)) {
      return Optional.of("the actual enabling time must be a date.");
    }
    OffsetDateTime enabled = date.toInstant().atOffset(ZoneOffset.UTC);
    if (enabled.isAfter(clock.now())) {
      return Optional.of("the actual enabling time " + enabled + " is in the future.");
    }
    OffsetDateTime placed = orderService.placedAt(instance.getProcessBusinessKey());
    if (enabled.isBefore(placed)) {
      return Optional.of(
          "the actual enabling time "
              + enabled
              + " is before the order was placed ("
              + placed
              + ").");
    }
    return Optional.empty();
  }
}
