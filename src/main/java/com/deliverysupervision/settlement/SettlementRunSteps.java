package com.deliverysupervision.settlement;

import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.rules.MonthlyRunStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the settlement run's diagram (REL-2, LIC-7), by the names it calls them. */
@Configuration
class SettlementRunSteps {
  /** "Settle the completed license orders". */
  @Bean
  MonthlyRunStep settleOrdersDelegate(Settlements settlements, EngineClock clock) {
    return new MonthlyRunStep("ordersSettled", settlements::settleOrders, clock);
  }

  /** "Settle the paid renewals". */
  @Bean
  MonthlyRunStep settleRenewalsDelegate(Settlements settlements, EngineClock clock) {
    return new MonthlyRunStep("renewalsSettled", settlements::settleRenewals, clock);
  }
}
