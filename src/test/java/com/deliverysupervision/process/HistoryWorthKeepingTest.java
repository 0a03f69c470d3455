package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class HistoryWorthKeepingTest {
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;

  @Test
  @DisplayName(
      "History keeps instances, activities, tasks and last variable values; not each variable update, identity link, job run or task completion")
  void historyOfAnOrder() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String instance = order.processInstanceId();
    completeAs(TestOrders.CUSTOMER, Roles.CUSTOMERS, order, TestOrders.demand());
    String confirm = completeAs(TestOrders.SELLER, Roles.SELLERS, order, Map.of());
    // An operation other than a completion, by a logged-in user: it stays in the operation log.
    identityService.setAuthentication(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
    try {
      taskService.setPriority(confirm, 60);
    } finally {
      identityService.clearAuthentication();
    }
    ClockUtil.setCurrentTime(
        Date.from(Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofDays(15))));
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(instance).singleResult().getId());

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .finished()
                .count())
        .isOne();
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(instance)
                .finished()
                .count())
        .isEqualTo(3);
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .activityId(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY)
                .count())
        .isOne();
    HistoricVariableInstance contact =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance)
            .variableName(AlibabaBasicDelivery.CONTACT_NAME)
            .singleResult();
    assertThat(contact.getValue())
        .isEqualTo(TestOrders.demand().get(AlibabaBasicDelivery.CONTACT_NAME));

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(historyService.createHistoricIdentityLinkLogQuery().taskId(confirm).count())
        .isZero();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(
            historyService
                .createUserOperationLogQuery()
                .processInstanceId(instance)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .count())
        .isZero();
    assertThat(
            historyService
                .createUserOperationLogQuery()
                .taskId(confirm)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY)
                .count())
        .isOne();
  }

  @Test
  @DisplayName("History keeps every failure of a job, with its exception, for whoever investigates")
  void jobFailuresStay() {
    HistoricJobLogEvent failure = new HistoricJobLogEvent();
    failure.setState(JobState.FAILED.getStateCode());
    HistoricJobLogEvent success = new HistoricJobLogEvent();
    success.setState(JobState.SUCCESSFUL.getStateCode());

    assertThat(HistoryWorthKeeping.Handler.worthKeeping(failure)).isTrue();
    assertThat(HistoryWorthKeeping.Handler.worthKeeping(success)).isFalse();
  }

  /** Completes the order's open task as the user; returns the ID of the task that follows. */
  private String completeAs(String user, String group, Order order, Map<String, Object> values) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(orders.openTaskOf(order), values);
    } finally {
      identityService.clearAuthentication();
    }
    return orders.openTaskOf(order);
  }
}
