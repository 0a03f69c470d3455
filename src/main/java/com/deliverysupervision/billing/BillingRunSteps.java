package com.deliverysupervision.billing;

import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.rules.MonthlyRunStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the billing run's diagram (SAAS-3, LIC-7), by the names it calls them. */
@Configuration
class BillingRunSteps {
  /** "Bill the completed orders". */
  @Bean
  MonthlyRunStep generateBillsDelegate(Bills bills, EngineClock clock) {
    return new MonthlyRunStep("billsGenerated", bills::generateForOrders, clock);
  }

  /** "Bill the paid renewals". */
  @Bean
  MonthlyRunStep billRenewalsDelegate(Bills bills, EngineClock clock) {
    return new MonthlyRunStep("renewalsBilled", bills::generateForRenewals, clock);
  }
}
