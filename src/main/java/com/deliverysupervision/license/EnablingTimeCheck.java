package com.deliverysupervision.license;

import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.StartValidityDelegate;
import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * LIC-3, LIC-4: the actual enabling time the seller may set with the delivery proof is when the
 * customer's use began: not in the future, and not before the order was placed.
 */
@Component
class EnablingTimeCheck implements UserTaskCompletionHook {
  private final OrderService orderService;
  private final EngineClock clock;

  // Lazy: the hooks are part of the engine that the order service needs.
  EnablingTimeCheck(@Lazy OrderService orderService, EngineClock clock) {
    this.orderService = orderService;
    this.clock = clock;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    if (!LicenseDelivery.PROCESS_KEY.equals(task.processKey())
        || !LicenseDelivery.TASK_UPLOAD_PROOF.equals(task.execution().getCurrentActivityId())) {
      return;
    }
    Object value = task.variable(StartValidityDelegate.ACTUAL_ENABLING_TIME);
    if (value == null) {
      return;
    }
    if (!(value instanceof Date date)) {
      throw task.refused(
          StartValidityDelegate.ACTUAL_ENABLING_TIME, "the actual enabling time must be a date.");
    }
    OffsetDateTime enabled = date.toInstant().atOffset(ZoneOffset.UTC);
    if (enabled.isAfter(clock.now())) {
      throw task.refused(
          StartValidityDelegate.ACTUAL_ENABLING_TIME,
          "the actual enabling time " + enabled + " is in the future.");
    }
    OffsetDateTime placed = orderService.placedAt(task.execution().getProcessBusinessKey());
    if (enabled.isBefore(placed)) {
      throw task.refused(
          StartValidityDelegate.ACTUAL_ENABLING_TIME,
          "the actual enabling time "
              + enabled
              + " is before the order was placed ("
              + placed
              + ").");
    }
  }
}
