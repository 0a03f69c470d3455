package com.deliverysupervision.billing;

import com.deliverysupervision.rules.MonthlyRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The billing run (SAAS-3), {@code bpmn/billing-run.bpmn}: its process key and its schedule, which
 * the diagram's timer start event reads as {@code ${billingRun.cycle}}.
 */
@Component("billingRun")
public class BillingRun implements MonthlyRun {
  public static final String PROCESS_KEY = "billing-run";

  private final String cycle;

  BillingRun(@Value("${delivery.billing.cycle}") String cycle) {
    this.cycle = cycle;
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public String getCycle() {
    return cycle;
  }
}
