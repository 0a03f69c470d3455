package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.billing.BillingRun;
import com.deliverysupervision.settlement.SettlementRun;
import com.deliverysupervision.support.DeliveryApplicationTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class MonthlyRunsCatchUpTest {
  private static final List<String> RUNS =
      List.of(BillingRun.PROCESS_KEY, SettlementRun.PROCESS_KEY);

  @Autowired MonthlyRunsCatchUp catchUp;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  @DisplayName(
      "SAAS-3 REL-2 a monthly run whose time passed while a deployment replaced its timer (now due next month) runs when the application starts, once; a run whose timer is due is left to its timer")
  void missedRunsCatchUp() {
    OffsetDateTime firstOfMarch = OffsetDateTime.parse("2040-03-01T01:00:00+08:00");
    ClockUtil.setCurrentTime(Date.from(firstOfMarch.toInstant()));
    for (String run : RUNS) {
      setTimer(run, OffsetDateTime.parse("2040-03-01T00:00:00+08:00"));
    }
    assertThat(catchUp.catchUp()).as("each timer is due: the job executor starts them").isEmpty();

    // As a deployment at 00:30 leaves them: due on the next 1st.
    for (String run : RUNS) {
      setTimer(run, OffsetDateTime.parse("2040-04-01T00:05:00+08:00"));
    }
    long before = runs();
    assertThat(catchUp.catchUp()).containsExactlyInAnyOrderElementsOf(RUNS);
    assertThat(runs()).isEqualTo(before + 2);

    assertThat(catchUp.catchUp()).as("this month's runs happened").isEmpty();
    assertThat(runs()).isEqualTo(before + 2);
  }

  private void setTimer(String run, OffsetDateTime due) {
    Job timer =
        managementService.createJobQuery().processDefinitionKey(run).timers().singleResult();
    managementService.setJobDuedate(timer.getId(), Date.from(due.toInstant()));
  }

  private long runs() {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(RUNS.toArray(String[]::new))
        .count();
  }
}
