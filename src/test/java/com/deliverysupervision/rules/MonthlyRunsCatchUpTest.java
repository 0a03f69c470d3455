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
import org.camunda.bpm.engine.RepositoryService;
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
  @Autowired RepositoryService repositoryService;

  @Test
  @DisplayName(
      "SAAS-3 REL-2 ALL-4 a monthly run whose time passed while a deployment replaced its timer (now due next month) runs when the application starts, once; a run whose timer is due is left to its timer; a run that fails to start (another node started it at the same moment) is logged and keeps neither the node from starting nor the other run from catching up")
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

    // A month later, a run that fails to start (as when another node started it at the same
    // moment: its bills are there) is logged, and the node starts with the other run caught up.
    ClockUtil.setCurrentTime(Date.from(firstOfMarch.plusMonths(1).toInstant()));
    for (String run : RUNS) {
      setTimer(run, OffsetDateTime.parse("2040-05-01T00:05:00+08:00"));
    }
    repositoryService.suspendProcessDefinitionByKey(BillingRun.PROCESS_KEY);
    try {
      assertThat(catchUp.catchUp()).containsExactly(SettlementRun.PROCESS_KEY);
    } finally {
      repositoryService.activateProcessDefinitionByKey(BillingRun.PROCESS_KEY);
    }
    assertThat(catchUp.catchUp()).containsExactly(BillingRun.PROCESS_KEY);
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
