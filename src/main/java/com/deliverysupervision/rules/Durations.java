package com.deliverysupervision.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The rule durations as the diagrams read them: {@code ${durations.confirmDelivery}} in a timer
 * definition. Camunda's timers take an ISO-8601 string, not a {@link java.time.Duration}.
 */
@Component("durations")
@EnableConfigurationProperties(RuleDurationSettings.class)
public class Durations {
  private final RuleDurationSettings settings;

  Durations(RuleDurationSettings settings) {
    this.settings = settings;
  }

  /**
   * ALI-2: how long the customer has to confirm a delivery before it is confirmed automatically.
   */
  public String getConfirmDelivery() {
    return settings.confirmDelivery().toString();
  }

  /** SAAS-2: how long after the customer's acceptance the order becomes COMPLETED. */
  public String getOrderCompletion() {
    return settings.orderCompletion().toString();
  }

  /** SAAS-6: how long the customer may leave a step untouched before the seller may appeal. */
  public String getCustomerSilence() {
    return settings.customerSilence().toString();
  }

  /** GCP-2 (ours): how long the parties have to approve a transfer before it expires. */
  public String getTransferApproval() {
    return settings.transferApproval().toString();
  }
}
