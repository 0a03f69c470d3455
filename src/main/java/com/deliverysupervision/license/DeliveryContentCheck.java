package com.deliverysupervision.license;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * LIC-3: the seller fills in the actual delivery content against the product's delivery template
 * item by item: the content must speak of every item, by its name.
 */
@Component
class DeliveryContentCheck implements UserTaskCompletionHook {

  @Override
  public void onCompletion(CompletedTask task) {
    if (!LicenseDelivery.PROCESS_KEY.equals(task.processKey())
        || !LicenseDelivery.TASK_UPLOAD_PROOF.equals(task.execution().getCurrentActivityId())) {
      return;
    }
    Object items = task.variable(OrderVariables.DELIVERY_ITEMS);
    Object content = task.variable(LicenseDelivery.DELIVERY_CONTENT);
    // Content of another type (a number) the form's check refuses as no text.
    if (!(items instanceof String template) || !(content instanceof String text)) {
      return;
    }
    String said = text.toLowerCase(Locale.ROOT);
    List<String> missing =
        Arrays.stream(template.split("\n"))
            .map(String::strip)
            .filter(item -> !item.isEmpty())
            .filter(item -> !said.contains(item.toLowerCase(Locale.ROOT)))
            .toList();
    if (!missing.isEmpty()) {
      throw task.refused(
          LicenseDelivery.DELIVERY_CONTENT,
          "the actual delivery content says nothing of "
              + String.join(", ", missing)
              + " (items of the product's delivery template); name each item with what was"
              + " delivered for it.");
    }
  }
}
