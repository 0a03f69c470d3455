package com.deliverysupervision.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.FailOnceDelegate;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.MonthlyRuns;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.TestOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@DeliveryApplicationTest
class BillingRunTest {
  static final Instant ACCEPTED = OffsetDateTime.parse("2026-11-10T10:00:00+08:00").toInstant();
  static final Instant DECEMBER_RUN = OffsetDateTime.parse("2026-12-01T00:05:00+08:00").toInstant();

  @Autowired ManagementService managementService;
  @Autowired TestOrders orders;
  @Autowired SaasSteps steps;
  @Autowired Bills bills;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ApiCalls api;
  @Autowired MonthlyRuns runs;
  @Autowired LicenseSteps licenseSteps;

  @Test
  @DisplayName(
      "SAAS-3 the billing run of the next cycle bills a completed order once, even when the run is executed twice")
  void completedOrderIsBilledOnce() {
    Order order = completedOrder();

    at(DECEMBER_RUN);
    runs.bill();
    Bill bill = bills.of(order.orderId()).orElseThrow();
    assertThat(bill.billingCycle()).isEqualTo("2026-12");
    assertThat(bill.amount()).isEqualByComparingTo(order.amount());

    at(DECEMBER_RUN.plus(Duration.ofMinutes(1)));
    runs.bill();
    assertThat(bills.of(order.orderId())).contains(bill);
  }

  @Test
  @DisplayName(
      "SAAS-3 LIC-7 ALL-2 a paid renewal of a supervised SaaS order is billed in the next cycle beside the order's own bill, once when the run is executed twice; the order's parties read both bills, nobody else")
  void renewalIsBilledOnce() {
    Order order = completedOrder();
    String renewalId = api.renewForAMonth(order.orderId(), "19.90");

    at(DECEMBER_RUN);
    runs.bill();
    Bill bill = bills.ofRenewal(renewalId).orElseThrow();
    assertThat(bill.orderId()).isEqualTo(order.orderId());
    assertThat(bill.billingCycle()).isEqualTo("2026-12");
    assertThat(bill.amount()).isEqualByComparingTo("19.90");
    assertThat(bill.currency()).isEqualTo(order.currency());
    assertThat(bills.of(order.orderId()).orElseThrow().amount())
        .isEqualByComparingTo(order.amount());

    at(DECEMBER_RUN.plus(Duration.ofMinutes(1)));
    runs.bill();
    assertThat(bills.allOf(order.orderId())).hasSize(2).contains(bill);
    String path = "/api/orders/" + order.orderId() + "/bills";
    assertThat(api.get(TestOrders.CUSTOMER, path).getBody())
        .contains("\"renewalId\":\"" + renewalId + "\"", "19.90", order.amount().toPlainString());
    assertThat(api.get(TestOrders.OTHER_SELLER, path).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName(
      "SAAS-3 LIC-7 a renewal made after the cycle began waits for the next cycle; a renewal of an order whose process bills nothing (a license) is not billed")
  void renewalsBilledByTheirCycleAndProcess() {
    Order order = completedOrder();
    at(DECEMBER_RUN.plus(Duration.ofMinutes(5)));
    String december = api.renewForAMonth(order.orderId(), "5.00");

    at(DECEMBER_RUN.plus(Duration.ofDays(2)));
    runs.bill();
    assertThat(bills.ofRenewal(december)).as("renewed in December's cycle").isEmpty();
    at(OffsetDateTime.parse("2027-01-01T00:05:00+08:00").toInstant());
    runs.bill();
    assertThat(bills.ofRenewal(december).orElseThrow().billingCycle()).isEqualTo("2027-01");

    at(ACCEPTED);
    Order license = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    licenseSteps.runToCompletion(license);
    String ofLicense = api.renewForAMonth(license.orderId(), "5.00");
    at(OffsetDateTime.parse("2027-02-01T00:05:00+08:00").toInstant());
    runs.bill();
    assertThat(bills.ofRenewal(ofLicense)).isEmpty();
  }

  @Test
  @DisplayName(
      "SAAS-3 a run retried or caught up later in its cycle bills the orders completed before the cycle began, in that cycle; one completed since waits for the next cycle")
  void lateRunLeavesTheCycleItsOwnOrders() {
    Order november = completedOrder();
    at(DECEMBER_RUN.plus(Duration.ofMinutes(5)));
    Order december = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    steps.runToCompletion(december);

    at(DECEMBER_RUN.plus(Duration.ofDays(2)));
    runs.bill();
    assertThat(bills.of(november.orderId()).orElseThrow().billingCycle()).isEqualTo("2026-12");
    assertThat(bills.of(december.orderId())).as("completed in December's cycle").isEmpty();

    at(OffsetDateTime.parse("2027-01-01T00:05:00+08:00").toInstant());
    runs.bill();
    assertThat(bills.of(december.orderId()).orElseThrow().billingCycle()).isEqualTo("2027-01");
  }

  @Test
  @DisplayName(
      "SAAS-3 ALL-2 the order's customer and seller read its bill once it is billed; nobody else")
  void partiesReadTheBill() throws Exception {
    Order order = completedOrder();
    String path = "/api/orders/" + order.orderId() + "/bill";
    assertThat(api.get(TestOrders.CUSTOMER, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get(TestOrders.CUSTOMER, path).getBody()).contains("has no bill");

    at(DECEMBER_RUN);
    runs.bill();
    for (String reader : List.of(TestOrders.CUSTOMER, TestOrders.SELLER, TestOrders.OPERATIONS)) {
      ResponseEntity<String> bill = api.get(reader, path);
      assertThat(bill.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(bill.getBody()).contains("\"billingCycle\":\"2026-12\"");
    }
    ResponseEntity<String> outsider = api.get(TestOrders.OTHER_SELLER, path);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outsider.getBody()).doesNotContain("2026-12");
  }

  @Test
  @DisplayName(
      "SAAS-3 an order whose service flow has not completed is not billed; it is billed by the run after it completes")
  void orderInFlowIsNotBilled() {
    at(ACCEPTED);
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    steps.runToAcceptance(order);

    at(ACCEPTED.plus(Duration.ofHours(2)));
    runs.bill();
    assertThat(bills.of(order.orderId())).isEmpty();

    at(ACCEPTED.plus(Duration.ofHours(3)));
    completionTimerOf(order).forEach(job -> managementService.executeJob(job.getId()));
    at(DECEMBER_RUN);
    runs.bill();
    assertThat(bills.of(order.orderId())).isPresent();
  }

  @Test
  @DisplayName("SAAS-3 orders of processes without billing on completion are not billed by the run")
  void otherProcessesAreNotBilled() {
    Order basic = orders.place("alibaba-basic-delivery");
    at(DECEMBER_RUN);
    runs.bill();
    assertThat(bills.of(basic.orderId())).isEmpty();
  }

  @Test
  @DisplayName(
      "ALL-4 a billing step whose transaction fails after the bills were written is retried and bills each order once")
  void transientFailureBillsOnce() {
    Order order = completedOrder();
    BpmnModelInstance billingThenFlakyStep =
        Bpmn.createExecutableProcess("test-billing-with-transient-failure")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_GenerateBills")
            .camundaAsyncBefore()
            .camundaDelegateExpression("${generateBillsDelegate}")
            .serviceTask("Task_NotifyFinance")
            .camundaClass(FailOnceDelegate.class.getName())
            .endEvent()
            .done();
    repositoryService
        .createDeployment()
        .addModelInstance("test-billing-with-transient-failure.bpmn", billingThenFlakyStep)
        .deploy();
    FailOnceDelegate.FAILED.set(false);
    at(DECEMBER_RUN);
    String run =
        runtimeService.startProcessInstanceByKey("test-billing-with-transient-failure").getId();
    Job job = managementService.createJobQuery().processInstanceId(run).singleResult();

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("briefly unavailable");
    assertThat(bills.of(order.orderId())).as("rolled back with the failed step").isEmpty();

    managementService.executeJob(job.getId());
    assertThat(bills.of(order.orderId())).isPresent();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(run).count()).isZero();
  }

  private Order completedOrder() {
    at(ACCEPTED.minus(Duration.ofDays(1)));
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    at(ACCEPTED);
    steps.runToCompletion(order);
    assertThat(orders.find(order.orderId()).status().name()).isEqualTo("COMPLETED");
    return order;
  }

  private java.util.List<Job> completionTimerOf(Order order) {
    return managementService
        .createJobQuery()
        .processInstanceId(order.processInstanceId())
        .executable()
        .list();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
