package com.deliverysupervision.license;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.EntryCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * LIC-3: the seller fills in the actual delivery content against the product's delivery template
 * item by item: the content must speak of every item, by its name.
 */
@Component
class DeliveryContentCheck implements EntryCheck {
  private static final Entry ENTRY =
      new Entry(
          LicenseDelivery.PROCESS_KEY,
          LicenseDelivery.TASK_UPLOAD_PROOF,
          LicenseDelivery.DELIVERY_CONTENT);

  @Override
  public Entry entry() {
    return ENTRY;
  }

  @Override
  public Optional<String> problemWith(Object value, DelegateExecution instance) {
    Object items = instance.getVariable(OrderVariables.DELIVERY_ITEMS);
    // Content of another type (a number) the form's check refuses as no text.
    if (!(items instanceof String template) || !(value instanceof String text)) {
      return Optional.empty();
    }
    String said = text.toLowerCase(Locale.ROOT);
    List<String> missing =
        Arrays.stream(template.split("\n"))
            .map(String::strip)
            .filter(item -> !item.isEmpty())
            .filter(item -> !said.contains(item.toLowerCase(Locale.ROOT)))
            .toList();
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "the actual delivery content says nothing of "
                + String.join(", ", missing)
                + " (items of the product's delivery template); name each item with what was"
                + " delivered for it.");
  }
}
