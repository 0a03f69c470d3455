package com.deliverysupervision.benchmark;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.transfer.Entitlements;
import com.deliverysupervision.transfer.NewEntitlement;
import com.deliverysupervision.transfer.NewTransfer;
import com.deliverysupervision.transfer.TransferKind;
import com.deliverysupervision.transfer.TransferRequests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * One path of each marketplace besides Alibaba's basic delivery, through the application as its
 * users act in Tasklist: each task completed by its assignee (or claimed first by an operations
 * manager), jobs run as the job executor would. Each has no bare engine beside it: what they do is
 * the application's rules (forms checked, supervision, approvers), not an engine's work.
 */
final class MarketplacePaths {
  private static final String RESELLER = "reseller1";
  private static final String OTHER_RESELLER = "reseller2";
  private static final CurrentUser MARKETPLACE =
      new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
  private static final Map<String, String> GROUP_OF =
      Map.of(
          TestOrders.CUSTOMER,
          Roles.CUSTOMERS,
          TestOrders.SELLER,
          Roles.SELLERS,
          RESELLER,
          Roles.RESELLERS,
          OTHER_RESELLER,
          Roles.RESELLERS,
          TestOrders.OPERATIONS,
          Roles.OPERATIONS_MANAGERS);

  private final OrderService orderService;
  private final Entitlements entitlements;
  private final TransferRequests transfers;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identity;

  record Path(String name, IntConsumer run) {}

  MarketplacePaths(ApplicationContext app) {
    orderService = app.getBean(OrderService.class);
    entitlements = app.getBean(Entitlements.class);
    transfers = app.getBean(TransferRequests.class);
    taskService = app.getBean(TaskService.class);
    runtimeService = app.getBean(RuntimeService.class);
    managementService = app.getBean(ManagementService.class);
    identity = app.getBean(IdentityService.class);
  }

  List<Path> all() {
    return List.of(
        new Path("KooGallery SaaS supervision to completion", this::saasSupervision),
        new Path("KooGallery license delivery", this::licenseDelivery),
        new Path("Google Cloud entitlement transfer, approved by 4", this::transferApproval));
  }

  /** SAAS-1..4: request, acceptance, delivery, the customer's acceptance, completion 3 h later. */
  private void saasSupervision(int index) {
    Order order =
        orderService.place(
            TestOrders.newOrder("PS-" + index, SaasSupervision.PROCESS_KEY, "P1Y"), MARKETPLACE);
    completeOpenTask(order.orderId(), Map.of("serviceRequest", "Three user accounts."));
    completeOpenTask(order.orderId(), Map.of("requestDecision", SaasSupervision.ACCEPT));
    completeOpenTask(order.orderId(), Map.of("serviceResult", "Tenant provisioned."));
    completeOpenTask(order.orderId(), Map.of("deliveryDecision", SaasSupervision.ACCEPT));
    runJobs(order.processInstanceId());
  }

  /** LIC-1..4: request, acceptance, delivery with its proof, the customer's acceptance. */
  private void licenseDelivery(int index) {
    Order order = orderService.place(LicenseSteps.order("PL-" + index, null), MARKETPLACE);
    String instance = order.processInstanceId();
    runtimeService.setVariable(instance, OrderVariables.DELIVERY_ITEMS, LicenseSteps.ITEMS);
    LicenseSteps.submissions().forEach(values -> completeOpenTask(order.orderId(), values));
  }

  /** GCP-1..5: a change of reseller, supported, filed, processed, approved by all four parties. */
  private void transferApproval(int index) {
    String entitlement = "PE-" + index;
    entitlements.create(
        new NewEntitlement(
            entitlement,
            null,
            TestOrders.CUSTOMER,
            "Customer Ltd",
            TestOrders.SELLER,
            "offer-7",
            "analytics-suite",
            "B-1",
            RESELLER),
        MARKETPLACE);
    String instance =
        transfers
            .ask(
                entitlement,
                new NewTransfer(
                    TransferKind.CHANGE_RESELLER, "B-2", OTHER_RESELLER, "Please move us."),
                userOf(TestOrders.CUSTOMER))
            .transferId();
    completeOpenTask(entitlement, Map.of("transferSupport", "support"));
    Map<String, Object> filing = new HashMap<>();
    filing.put("customerCompany", "Customer Ltd");
    filing.put("entitlementId", entitlement);
    filing.put("offerId", "offer-7");
    filing.put("currentBillingAccountId", "B-1");
    filing.put("targetBillingAccountId", "B-2");
    filing.put("targetResellerId", OTHER_RESELLER);
    filing.put("contactName", "Ina Isv");
    filing.put("contactEmail", "ina@isv.example");
    completeOpenTask(entitlement, filing);
    completeOpenTask(entitlement, Map.of("processDecision", "proceed"));
    for (int approver = 0; approver < 4; approver++) {
      completeOpenTask(entitlement, Map.of("approval", "approve"));
    }
    runJobs(instance);
  }

  /**
   * One open task of the order or transfer (its business key; a transfer's approvals run in
   * instances of their own), completed by its assignee or by an operations manager.
   */
  private void completeOpenTask(String businessKey, Map<String, Object> values) {
    Task task =
        taskService.createTaskQuery().processInstanceBusinessKey(businessKey).listPage(0, 1).get(0);
    String user = task.getAssignee() == null ? TestOrders.OPERATIONS : task.getAssignee();
    CurrentUser actor = userOf(user);
    identity.setAuthentication(actor.userId(), actor.groupIds());
    try {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      taskService.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the instance's jobs, due or not, until none is left. */
  private void runJobs(String instance) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(instance).list())
        .isEmpty()) {
      managementService.executeJob(jobs.get(0).getId());
    }
  }

  private static CurrentUser userOf(String userId) {
    return new CurrentUser(userId, List.of(GROUP_OF.get(userId)));
  }
}
