package com.deliverysupervision.settlement;

import com.deliverysupervision.rules.MonthlyRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settlement run (REL-2), {@code bpmn/settlement-run.bpmn}: its process key and its schedule,
 * which the diagram's timer start event reads as {@code ${settlementRun.cycle}}.
 */
@Component("settlementRun")
public class SettlementRun implements MonthlyRun {
  public static final String PROCESS_KEY = "settlement-run";

  private final String cycle;

  SettlementRun(@Value("${delivery.settlement.cycle}") String cycle) {
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
