package com.deliverysupervision.transfer;

import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GCP-1..GCP-5: an entitlement's transfer, asked, filed, processed and approved by every party. */
@DeliveryApplicationTest
class EntitlementTransferTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-02-01T09:00:00+08:00");

  @Autowired ApiCalls api;
  @Autowired TestUsers users;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired EntitlementRepository repository;
  @Autowired ObjectMapper mapper;
  @Autowired JdbcClient jdbc;
  @Autowired TestOrders orders;
  @Autowired EarlierApprovalsHistoryWithdrawn earlierApprovalHistory;

  String customer;
  String isv;
  String resellerA;
  String resellerB;
  String outsider;

  @BeforeEach
  void freshParties() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    customer = TestUsers.newUserId("gcpcustomer");
    isv = TestUsers.newUserId("gcpisv");
    resellerA = TestUsers.newUserId("gcpresellera");
    resellerB = TestUsers.newUserId("gcpresellerb");
    outsider = TestUsers.newUserId("gcpoutsider");
    users.create(customer, Roles.CUSTOMERS);
    users.create(isv, Roles.SELLERS);
    users.create(resellerA, Roles.RESELLERS);
    users.create(resellerB, Roles.RESELLERS);
    users.create(outsider, Roles.RESELLERS);
  }

  @Test
  @DisplayName(
      "GCP-3 GCP-1 the whole path of a change of reseller: asked, supported, filed, processed, approved by the customer, the ISV and both resellers; the entitlement moves, its history names the transfer, the ISV is told it completed")
  void wholePath() throws Exception {
    String entitlement = entitlement(resellerA);
    String transfer = ask(entitlement, "CHANGE_RESELLER", "B-NEW", resellerB);
    assertThat(stateOf(entitlement, transfer).path("waitingAt").toString())
        .contains("Decide whether to support the transfer (" + isv + ")");

    supportAndFile(transfer);
    // By an administrator in Tasklist, which sends the ISV's answer, shown read-only, back empty:
    // none was asked for, and on its own form the answer is required.
    identityService.setAuthentication(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS));
    try {
      complete(
          transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed", "isvAnswer", ""));
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(approversOf(transfer))
        .containsExactlyInAnyOrder(customer, isv, resellerA, resellerB);
    for (String party : List.of(customer, isv, resellerA, resellerB)) {
      approve(transfer, party);
    }
    moveJob(transfer);

    JsonNode moved = read(customer, "/api/entitlements/" + entitlement);
    assertThat(moved.path("resellerId").asText()).isEqualTo(resellerB);
    assertThat(moved.path("billingAccountId").asText()).isEqualTo("B-NEW");
    JsonNode history = read(resellerB, "/api/entitlements/" + entitlement + "/history");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("transferId").asText()).isEqualTo(transfer);
    assertThat(history.get(0).path("resellerBefore").asText()).isEqualTo(resellerA);
    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("COMPLETED");
    assertThat(inboxOf(isv))
        .contains("The transfer of entitlement " + entitlement + " is completed");
  }

  @Test
  @DisplayName(
      "ALL-5 GCP-3 a transfer's task tells which entitlement it is about: an ISV with several transfers tells their e-mails apart")
  void taskNotificationNamesTheEntitlement() throws Exception {
    String first = entitlement(null);
    String second = entitlement(null);
    ask(first, "BILLING_ACCOUNT", "B-21", null);
    ask(second, "BILLING_ACCOUNT", "B-22", null);

    assertThat(inboxOf(isv))
        .contains("Decide whether to support the transfer for entitlement " + first)
        .contains("Decide whether to support the transfer for entitlement " + second);
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-5 the reseller a rejected transfer would have moved the order to no longer reads the customer's and the ISV's profiles, nor they its, nor the entitlement's later transfers and changes or what it holds now, only whose it is and how its own transfer ended; the reseller of a completed transfer keeps them")
  void rejectedTransferTakesRelationsBack() throws Exception {
    String declined = entitlement(null);
    String rejected = atApprovals(declined, "DIRECT_TO_RESELLER", "B-31", resellerA);
    assertThat(read(resellerA, "/api/entitlements/" + declined).path("billingAccountId").asText())
        .isEqualTo("B-1");
    assertThat(profileStatus(resellerA, customer)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(isv, resellerA)).isEqualTo(HttpStatus.OK);
    complete(
        approvalOf(rejected, customer),
        Map.of("approval", "reject", "rejectionReason", "We buy directly."));

    for (String other : List.of(customer, isv)) {
      assertThat(profileStatus(resellerA, other)).as(other).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(profileStatus(other, resellerA)).as(other).isEqualTo(HttpStatus.NOT_FOUND);
    }
    // Its notification's link still shows how the transfer it decided on ended, and nothing after.
    assertThat(read(resellerA, "/api/entitlements/" + declined + "/transfers").toString())
        .contains(rejected);
    String later = ask(declined, "BILLING_ACCOUNT", "B-33", null);
    supportAndFile(later);
    complete(later, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    for (String party : approversOf(later)) {
      approve(later, party);
    }
    moveJob(later);
    assertThat(read(resellerA, "/api/entitlements/" + declined + "/transfers").toString())
        .contains(rejected)
        .doesNotContain(later);
    assertThat(read(resellerA, "/api/entitlements/" + declined + "/history").toString())
        .doesNotContain(later, "B-33");
    JsonNode whose = read(resellerA, "/api/entitlements/" + declined);
    assertThat(whose.path("customerId").asText()).isEqualTo(customer);
    assertThat(whose.has("billingAccountId") || whose.has("state") || whose.has("offerId"))
        .as(whose.toString())
        .isFalse();
    assertThat(read(resellerA, "/api/entitlements?limit=200").toString())
        .contains(declined)
        .doesNotContain("B-33");
    assertThat(read(customer, "/api/entitlements/" + declined + "/history").toString())
        .contains(later, "B-33");

    String completed = atApprovals(entitlement(null), "DIRECT_TO_RESELLER", "B-32", resellerA);
    for (String party : approversOf(completed)) {
      approve(completed, party);
    }
    moveJob(completed);
    assertThat(profileStatus(resellerA, customer)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(isv, resellerA)).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName(
      "GCP-2 all but one approved leaves the entitlement unchanged; the last approval changes it")
  void lastApprovalChangesIt() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    assertThat(approversOf(transfer)).containsExactlyInAnyOrder(customer, isv, resellerA);

    approve(transfer, customer);
    approve(transfer, isv);
    assertThat(
            read(customer, "/api/entitlements/" + entitlement).path("resellerId").isMissingNode())
        .isTrue();
    assertThat(managementService.createJobQuery().processInstanceId(transfer).messages().count())
        .as("no move of the entitlement waits")
        .isZero();
    assertThat(stateOf(entitlement, transfer).path("approvals").toString())
        .contains("APPROVED", "PENDING");

    approve(transfer, resellerA);
    moveJob(transfer);
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("resellerId").asText())
        .isEqualTo(resellerA);
  }

  @Test
  @DisplayName(
      "GCP-2 ALL-3 deleting one party's approval in Cockpit is refused with 400 naming the transfer to delete instead: the approval stays open and counts")
  void approvalIsNotDeletedAlone() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    approve(transfer, customer);
    approve(transfer, isv);
    String last = approvals(transfer).singleResult().getProcessInstanceId();

    assertRefused(
        api.delete(MARKETPLACE, "/engine-rest/process-instance/" + last),
        HttpStatus.BAD_REQUEST,
        "delete process instance " + transfer + " instead");
    assertThatThrownBy(() -> runtimeService.deleteProcessInstances(List.of(last), "", false, true))
        .hasMessageContaining("is not deleted alone");
    Batch batch = runtimeService.deleteProcessInstancesAsync(List.of(last), "Deleted in Cockpit");
    managementService.executeJob(jobOf(batch.getSeedJobDefinitionId()));
    assertThatThrownBy(() -> managementService.executeJob(jobOf(batch.getBatchJobDefinitionId())))
        .hasMessageContaining("is not deleted alone");
    managementService.deleteBatch(batch.getId(), true);
    assertThat(approvalOf(transfer, resellerA)).isNotNull();

    approve(transfer, resellerA);
    moveJob(transfer);
    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName(
      "GCP-2 an approval an administrator cancels in Cockpit, as a step of the transfer, is no approval: once the others approved, the transfer ends rejected, not approved by that party, and nothing moves")
  void cancelledApprovalIsNoApproval() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    ExecutionEntity approval =
        (ExecutionEntity)
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(approvalOf(transfer, resellerA, Task::getProcessInstanceId))
                .singleResult();
    runtimeService
        .createProcessInstanceModification(transfer)
        .cancelActivityInstance(
            ((ExecutionEntity)
                    runtimeService
                        .createExecutionQuery()
                        .executionId(approval.getSuperExecutionId())
                        .singleResult())
                .getActivityInstanceId())
        .execute();

    approve(transfer, customer);
    approve(transfer, isv);

    assertThat(endOf(transfer)).isEqualTo("EndEvent_Rejected");
    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("REJECTED");
    assertThat(ended.path("reason").asText()).isEqualTo("not approved by " + resellerA);
    assertThat(managementService.createJobQuery().processInstanceId(transfer).count()).isZero();
    assertThat(
            read(customer, "/api/entitlements/" + entitlement).path("resellerId").isMissingNode())
        .isTrue();
  }

  @Test
  @DisplayName(
      "GCP-2 ALL-4 an approval an administrator gives someone else to complete counts, once, for the party it was asked of: the transfer completes")
  void reassignedApprovalCountsForItsParty() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    String resellers = approvalOf(transfer, resellerA);
    taskService.setAssignee(resellers, resellerB);

    complete(resellers, Map.of("approval", "approve"));
    approve(transfer, customer);
    approve(transfer, isv);
    moveJob(transfer);

    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(ended.path("approvals").findValuesAsText("approver"))
        .containsExactlyInAnyOrder(customer, isv, resellerA);
    assertThat(ended.path("approvals").findValuesAsText("decision")).containsOnly("APPROVED");
  }

  @Test
  @DisplayName(
      "GCP-2 GCP-3 ALL-3 a reason sent as a number, not text, is refused saying so, as the ISV declines or a party rejects, and nothing is decided")
  void reasonsAreText() throws Exception {
    String entitlement = entitlement(null);
    String asked = ask(entitlement, "BILLING_ACCOUNT", "B-9", null);
    assertThatThrownBy(
            () ->
                complete(
                    taskOf(asked, "Task_DecideSupport").getId(),
                    Map.of("transferSupport", "decline", "declineReason", 5)))
        .hasMessageContaining("must be text.");
    assertThat(taskOf(asked, "Task_DecideSupport")).isNotNull();

    String approved = entitlement(null);
    String transfer = atApprovals(approved, "BILLING_ACCOUNT", "B-9", null);
    assertThatThrownBy(
            () ->
                complete(
                    approvalOf(transfer, customer),
                    Map.of("approval", "reject", "rejectionReason", 5L)))
        .hasMessageContaining("must be text.");
    assertThat(decisionOf(approved, transfer, customer)).isEqualTo("PENDING");
  }

  @Test
  @DisplayName(
      "GCP-5 one rejection among many ends the transfer as rejected: the other approvals disappear, nothing changes, every party is told")
  void oneRejectionEndsIt() throws Exception {
    String entitlement = entitlement(resellerA);
    String transfer = ask(entitlement, "CHANGE_RESELLER", "B-1", resellerB);
    supportAndFile(transfer);
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    approve(transfer, customer);

    complete(
        approvalOf(transfer, resellerA),
        Map.of("approval", "reject", "rejectionReason", "We keep serving this customer."));

    assertThat(openTasksOf(transfer)).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(transfer).count()).isZero();
    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("REJECTED");
    assertThat(ended.path("reason").asText()).contains(resellerA, "We keep serving this customer.");
    JsonNode unchanged = read(customer, "/api/entitlements/" + entitlement);
    assertThat(unchanged.path("resellerId").asText()).isEqualTo(resellerA);
    assertThat(unchanged.path("billingAccountId").asText()).isEqualTo("B-1");
    assertThat(read(customer, "/api/entitlements/" + entitlement + "/history")).isEmpty();
    assertThat(inboxOf(isv))
        .contains("The transfer of entitlement " + entitlement + " was rejected");
  }

  @Test
  @DisplayName(
      "GCP-4 ALL-5 the contact the ISV names to be kept updated, who is no user, is told by e-mail how the transfer ends, completed or rejected, once each; no inbox shows it")
  void contactToldHowItEnds() throws Exception {
    String rejected = atApprovals(entitlement(null), "BILLING_ACCOUNT", "B-7", null);
    complete(
        approvalOf(rejected, customer),
        Map.of("approval", "reject", "rejectionReason", "We stay on our account."));
    String completed = atApprovals(entitlement(null), "BILLING_ACCOUNT", "B-8", null);
    for (String party : approversOf(completed)) {
      approve(completed, party);
    }
    moveJob(completed);

    assertThat(toldByMail(rejected)).containsExactly("ina@isv.example transferRejected");
    assertThat(toldByMail(completed)).containsExactly("ina@isv.example transferCompleted");
    assertThat(
            jdbc.sql(
                    "select count(*) from ds_notification where mail_to is not null"
                        + " and recipient in (select ID_ from ACT_ID_USER)")
                .query(Long.class)
                .single())
        .as("no user's inbox holds a contact's e-mail")
        .isZero();
  }

  @Test
  @DisplayName(
      "GCP-4 the ISV's filing is refused for each missing field; the marketplace asks the ISV for information, the ISV corrects and answers, and processing resumes")
  void missingInformation() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    complete(transfer, "Task_DecideSupport", Map.of("transferSupport", "support"));
    for (String field :
        List.of(
            "customerCompany",
            "offerId",
            "currentBillingAccountId",
            "targetBillingAccountId",
            "contactName",
            "contactEmail")) {
      Map<String, Object> filing = new HashMap<>(filing(entitlement, "B-2"));
      filing.put(field, "");
      String task = taskOf(transfer, "Task_FileTransfer").getId();
      assertThatThrownBy(() -> taskService.complete(task, filing))
          .as(field)
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("is required");
    }
    // The entitlement is the one the customer asked about: the form shows it, read-only.
    Map<String, Object> withoutEntitlement = new HashMap<>(filing(entitlement, "B-2"));
    withoutEntitlement.put("entitlementId", "");
    String filingTask = taskOf(transfer, "Task_FileTransfer").getId();
    assertThatThrownBy(() -> taskService.complete(filingTask, withoutEntitlement))
        .hasMessageContaining("cannot be changed");
    Map<String, Object> badEmail = new HashMap<>(filing(entitlement, "B-2"));
    badEmail.put("contactEmail", "not an address");
    String fileTask = taskOf(transfer, "Task_FileTransfer").getId();
    assertThatThrownBy(() -> taskService.complete(fileTask, badEmail))
        .isInstanceOf(FormFieldValidationException.class);

    complete(transfer, "Task_FileTransfer", filing(entitlement, "B-2"));
    complete(
        transfer,
        "Task_ProcessTransfer",
        Map.of("processDecision", "ask", "marketplaceQuestion", "B-2 is closed; name another."));
    Task answer = taskOf(transfer, "Task_AnswerQuestion");
    assertThat(answer.getAssignee()).isEqualTo(isv);
    Map<String, Object> corrected = new HashMap<>(filing(entitlement, "B-3"));
    corrected.put("isvAnswer", "The customer's new account is B-3.");
    taskService.complete(answer.getId(), corrected);

    assertThat(taskOf(transfer, "Task_ProcessTransfer")).isNotNull();
    assertThat(stateOf(entitlement, transfer).path("targetBillingAccountId").asText())
        .isEqualTo("B-3");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-3 ALL-3 refused with a clear message, nothing started: a kind that does not fit, a target reseller for a kind that keeps or leaves the reseller, a target equal to the current state, a target reseller that is not a reseller, an entitlement with a transfer in progress or not active, an asker who is not its customer")
  void refusals() throws Exception {
    String direct = entitlement(null);
    assertRefused(
        ask(customer, direct, "RESELLER_TO_DIRECT", "B-9", null),
        HttpStatus.BAD_REQUEST,
        "direct order already");
    assertRefused(
        ask(customer, direct, "BILLING_ACCOUNT", "B-1", null),
        HttpStatus.BAD_REQUEST,
        "billed to B-1 already");
    assertRefused(
        ask(customer, direct, "DIRECT_TO_RESELLER", "B-9", isv),
        HttpStatus.BAD_REQUEST,
        "is not a reseller");
    String resold = entitlement(resellerA);
    assertRefused(
        ask(customer, resold, "RESELLER_TO_DIRECT", "B-9", resellerB),
        HttpStatus.BAD_REQUEST,
        "leave the target reseller out");
    assertRefused(
        ask(customer, resold, "BILLING_ACCOUNT", "B-9", resellerB),
        HttpStatus.BAD_REQUEST,
        "A BILLING_ACCOUNT transfer keeps the reseller");
    assertThat(read(customer, "/api/entitlements/" + resold + "/transfers")).isEmpty();
    assertRefused(
        ask(isv, direct, "BILLING_ACCOUNT", "B-9", null),
        HttpStatus.FORBIDDEN,
        "Only the customer of entitlement");
    assertRefused(
        ask(outsider, direct, "BILLING_ACCOUNT", "B-9", null),
        HttpStatus.NOT_FOUND,
        "no entitlement");
    assertThat(read(customer, "/api/entitlements/" + direct + "/transfers")).isEmpty();

    ask(direct, "BILLING_ACCOUNT", "B-9", null);
    assertRefused(
        ask(customer, direct, "BILLING_ACCOUNT", "B-8", null),
        HttpStatus.CONFLICT,
        "transfer in progress already");

    String suspended = entitlement(null);
    jdbc.sql("update ds_entitlement set state = 'SUSPENDED' where entitlement_id = ?")
        .param(suspended)
        .update();
    assertRefused(
        ask(customer, suspended, "BILLING_ACCOUNT", "B-9", null),
        HttpStatus.CONFLICT,
        "only an active entitlement");
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-2 a reseller not involved sees no task of the transfer and cannot read the entitlement; another seller cannot file for the ISV")
  void strangersSeeNothing() throws Exception {
    String entitlement = entitlement(resellerA);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    complete(transfer, "Task_DecideSupport", Map.of("transferSupport", "support"));
    String fileTask = taskOf(transfer, "Task_FileTransfer").getId();
    ResponseEntity<String> byOutsider =
        api.post(outsider, "/engine-rest/task/" + fileTask + "/complete", "{}");
    assertThat(byOutsider.getStatusCode().is4xxClientError()).isTrue();

    complete(transfer, "Task_FileTransfer", filing(entitlement, "B-2"));
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    assertThat(approversOf(transfer)).containsExactlyInAnyOrder(customer, isv, resellerA);

    for (String stranger : List.of(outsider, resellerB)) {
      assertThat(
              mapper.readTree(
                  api.get(stranger, "/engine-rest/task?processInstanceBusinessKey=" + entitlement)
                      .getBody()))
          .isEmpty();
      assertThat(api.get(stranger, "/api/entitlements/" + entitlement).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              api.get(stranger, "/api/entitlements/" + entitlement + "/transfers").getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(
            mapper.readTree(
                api.get(resellerA, "/engine-rest/task?processInstanceBusinessKey=" + entitlement)
                    .getBody()))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-2 a reseller asked to approve reads the facts it approves and nothing else of the transfer, through any of Camunda's APIs: not the customer's message, the marketplace's question, the ISV's answer or the request's contact; nor can it change what its approval names")
  void approverReadsOnlyWhatItApproves() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    supportAndFile(transfer);
    complete(
        transfer,
        "Task_ProcessTransfer",
        Map.of("processDecision", "ask", "marketplaceQuestion", "Which account exactly?"));
    Map<String, Object> answered = new HashMap<>(filing(entitlement, "B-RES"));
    answered.put("targetResellerId", resellerA);
    answered.put("isvAnswer", "B-RES, the reseller's.");
    complete(transfer, "Task_AnswerQuestion", answered);
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    String approval = approvalOf(transfer, resellerA);

    List<String> othersWords =
        List.of(
            "Please move it.",
            "Which account exactly?",
            "B-RES, the reseller's.",
            "Ina Isv",
            "ina@isv.example");
    for (String path :
        List.of(
            "/engine-rest/task/" + approval + "/variables",
            "/engine-rest/task/" + approval + "/form-variables",
            "/engine-rest/variable-instance?processInstanceIdIn=" + transfer,
            "/engine-rest/history/variable-instance?processInstanceId=" + transfer,
            "/engine-rest/process-instance/" + transfer + "/variables")) {
      String answer = api.get(resellerA, path).getBody();
      for (String words : othersWords) {
        assertThat(answer).as(path).doesNotContain(words);
      }
    }
    JsonNode approves = read(resellerA, "/engine-rest/task/" + approval + "/variables");
    assertThat(approves.path("entitlementId").path("value").asText()).isEqualTo(entitlement);
    assertThat(approves.path("customerCompany").path("value").asText()).isEqualTo("Customer Ltd");
    assertThat(approves.path("targetBillingAccountId").path("value").asText()).isEqualTo("B-RES");
    assertThat(approves.path("targetResellerId").path("value").asText()).isEqualTo(resellerA);
    assertThat(
            read(customer, "/engine-rest/process-instance/" + transfer + "/variables").toString())
        .contains("Please move it.");

    ResponseEntity<String> redirected =
        api.post(
            resellerA,
            "/engine-rest/task/" + approval + "/variables",
            mapper.writeValueAsString(
                Map.of(
                    "modifications",
                    Map.of(EntitlementTransfer.TRANSFER_ID, Map.of("value", "another")))));
    assertThat(redirected.getStatusCode().is4xxClientError()).as(redirected.getBody()).isTrue();
    approve(transfer, resellerA);
    assertThat(stateOf(entitlement, transfer).path("approvals").toString())
        .contains(resellerA, "APPROVED");
  }

  @Test
  @DisplayName(
      "GCP-2 GCP-5 a transfer started by the diagram's version before approvals ran in their own instances is approved and rejected as before; waiting for approvals, it cannot move to the latest version (400 naming the step)")
  void earlierVersionApprovedAndRejected() throws Exception {
    String entitlement = entitlement(null);
    String transfer = askOnEarlierVersion(entitlement, "BILLING_ACCOUNT", "B-2", null);
    supportAndFile(transfer, "B-2");
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    assertRefused(
        api.post(
            MARKETPLACE,
            "/api/processes/" + EntitlementTransfer.PROCESS_KEY + "/upgrade?check=true",
            "{}"),
        HttpStatus.BAD_REQUEST,
        "Task_ApproveTransfer");

    complete(transfer, "Task_ApproveTransfer", customer, Map.of("approval", "approve"));
    complete(
        transfer,
        "Task_ApproveTransfer",
        isv,
        Map.of("approval", "reject", "rejectionReason", "Not this month."));

    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("REJECTED");
    assertThat(ended.path("reason").asText()).contains(isv, "Not this month.");
    assertThat(ended.path("approvals").toString()).contains(customer, "APPROVED");
    assertThat(endOf(transfer)).isEqualTo("EndEvent_Rejected");
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-2 a reseller that approved a transfer started on the diagram's version before approvals ran in their own instances reads none of the transfer's history through its task: not the customer's message, not the request's contact")
  void earlierVersionApproverReadsNoHistory() throws Exception {
    String approvingBefore =
        askOnEarlierVersion(entitlement(null), "DIRECT_TO_RESELLER", "B-RES", resellerA);
    String approvingAfter =
        askOnEarlierVersion(entitlement(null), "DIRECT_TO_RESELLER", "B-RES", resellerA);
    supportAndFile(approvingBefore);
    complete(approvingBefore, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    complete(approvingBefore, "Task_ApproveTransfer", resellerA, Map.of("approval", "approve"));

    earlierApprovalHistory.withdraw();
    supportAndFile(approvingAfter);
    complete(approvingAfter, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));

    for (String transfer : List.of(approvingBefore, approvingAfter)) {
      String path = "/engine-rest/history/variable-instance?processInstanceId=" + transfer;
      assertThat(api.get(resellerA, path).getBody())
          .as(transfer)
          .doesNotContain("Please move it.", "ina@isv.example");
      assertThat(read(customer, path).toString()).contains("Please move it.");
    }
    complete(approvingAfter, "Task_ApproveTransfer", resellerA, Map.of("approval", "approve"));
    assertThat(stateOf(entitlementOf(approvingAfter), approvingAfter).path("approvals").toString())
        .contains(resellerA, "APPROVED");
  }

  private String entitlementOf(String transfer) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(transfer)
        .singleResult()
        .getBusinessKey();
  }

  private void complete(
      String transfer, String taskKey, String assignee, Map<String, Object> variables) {
    complete(
        taskService
            .createTaskQuery()
            .processInstanceId(transfer)
            .taskDefinitionKey(taskKey)
            .taskAssignee(assignee)
            .singleResult()
            .getId(),
        variables);
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-1 each party lists the entitlements it may read: the customer and the ISV theirs, a reseller those it sells and those whose transfer it approves, strangers none")
  void partiesListTheirEntitlements() throws Exception {
    String sold = entitlement(resellerA);
    String direct = entitlement(null);
    assertThat(listed(customer)).containsExactlyInAnyOrder(sold, direct);
    assertThat(listed(isv)).containsExactlyInAnyOrder(sold, direct);
    assertThat(listed(resellerA)).containsExactly(sold);
    assertThat(listed(resellerB)).isEmpty();
    assertThat(listed(outsider)).isEmpty();

    String transfer = ask(sold, "CHANGE_RESELLER", "B-NEW", resellerB);
    supportAndFile(transfer, "B-NEW");
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    assertThat(listed(resellerB)).containsExactly(sold);
    for (String party : List.of(customer, isv, resellerA, resellerB)) {
      for (String entitlement : listed(party)) {
        assertThat(api.get(party, "/api/entitlements/" + entitlement).getStatusCode())
            .as(party + " reads " + entitlement)
            .isEqualTo(HttpStatus.OK);
      }
    }
    assertThat(read(OPERATIONS, "/api/entitlements?limit=1")).hasSize(1);
    assertRefused(
        api.get(customer, "/api/entitlements?limit=0"), HttpStatus.BAD_REQUEST, "limit must be");
  }

  @Test
  @DisplayName(
      "ALL-4 GCP-3 the entitlement change of a transfer run again (a retried job, a second node) changes nothing more")
  void changeOnce() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    supportAndFile(transfer, "B-2");
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    approve(transfer, customer);
    approve(transfer, isv);
    moveJob(transfer);

    EntitlementChange again =
        new EntitlementChange(
            transfer, entitlement, TransferKind.BILLING_ACCOUNT, "B-2", "B-X", null, null, NOW);
    assertThat(repository.applyOnce(again)).isFalse();
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("billingAccountId").asText())
        .isEqualTo("B-2");
    assertThat(read(customer, "/api/entitlements/" + entitlement + "/history")).hasSize(1);
  }

  @Test
  @DisplayName(
      "GCP-5 approvals that do not all come within the configured time expire the transfer as rejected; nothing changes")
  void approvalsExpire() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    supportAndFile(transfer, "B-2");
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    approve(transfer, customer);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(7)).plusSeconds(60).toInstant()));
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(transfer)
            .timers()
            .singleResult()
            .getId());

    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("EXPIRED");
    assertThat(openTasksOf(transfer)).isZero();
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("billingAccountId").asText())
        .isEqualTo("B-1");
  }

  @Test
  @DisplayName("GCP-3 the ISV declines with a reason: the transfer ends, the customer reads why")
  void isvDeclines() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    complete(
        transfer,
        "Task_DecideSupport",
        Map.of("transferSupport", "decline", "declineReason", "Billing account B-2 is not ours."));
    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("DECLINED");
    assertThat(ended.path("reason").asText()).isEqualTo("Billing account B-2 is not ours.");
    assertThat(inboxOf(customer))
        .contains("The ISV declined the transfer of entitlement " + entitlement);
  }

  @Test
  @DisplayName(
      "GCP-5 ALL-5 a transfer an administrator cancels ends as CANCELLED with the reason, changes nothing, tells its parties, and frees the entitlement for the next")
  void cancelledByAdministrator() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    runtimeService.deleteProcessInstance(transfer, "Asked by mistake");

    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("CANCELLED");
    assertThat(ended.path("reason").asText()).isEqualTo("Asked by mistake");
    for (String party : List.of(customer, isv)) {
      assertThat(inboxOf(party))
          .as(party)
          .contains("The transfer of entitlement " + entitlement + " was cancelled");
    }
    assertThat(ask(customer, entitlement, "BILLING_ACCOUNT", "B-3", null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @DisplayName(
      "GCP-2 ALL-3 a transfer suspended in Cockpit, alone, in a list or with its whole diagram, suspends its parties' approvals: an approver gets 409 saying why and nothing is recorded; activated, the approvals go on and the entitlement moves")
  void suspendedTransferSuspendsItsApprovals() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    approve(transfer, customer);
    String isvApproval = approvalOf(transfer, isv);

    ResponseEntity<String> suspended =
        api.put(
            MARKETPLACE,
            "/engine-rest/process-instance/" + transfer + "/suspended",
            "{\"suspended\": true}");
    assertThat(suspended.getStatusCode()).as(suspended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(approvals(transfer).suspended().count()).isEqualTo(2);
    assertRefused(
        api.post(
            isv,
            "/engine-rest/task/" + isvApproval + "/submit-form",
            "{\"variables\": {\"approval\": {\"value\": \"approve\"}}}"),
        HttpStatus.CONFLICT,
        "suspended");
    assertThat(decisionOf(entitlement, transfer, isv)).isEqualTo("PENDING");

    runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(transfer).activate();
    assertThat(approvals(transfer).active().count()).isEqualTo(2);

    String diagram =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(transfer)
            .singleResult()
            .getProcessDefinitionId();
    repositoryService.suspendProcessDefinitionById(diagram, true, null);
    try {
      assertThat(approvals(transfer).suspended().count()).isEqualTo(2);
    } finally {
      repositoryService.activateProcessDefinitionById(diagram, true, null);
    }
    assertThat(approvals(transfer).active().count()).isEqualTo(2);

    approve(transfer, isv);
    approve(transfer, resellerA);
    moveJob(transfer);
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("resellerId").asText())
        .isEqualTo(resellerA);
  }

  @Test
  @DisplayName(
      "GCP-5 ALL-5 a transfer an administrator cancels while its parties approve ends as CANCELLED: its approvals disappear with it, nothing moves, every approver is told")
  void cancelledByAdministratorWhileApproving() throws Exception {
    String entitlement = entitlement(null);
    String transfer = atApprovals(entitlement, "DIRECT_TO_RESELLER", "B-RES", resellerA);
    approve(transfer, customer);

    runtimeService.deleteProcessInstance(transfer, "Asked by mistake");

    assertThat(openTasksOf(transfer)).isZero();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(entitlement)
                .count())
        .isZero();
    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("CANCELLED");
    assertThat(
            read(customer, "/api/entitlements/" + entitlement).path("resellerId").isMissingNode())
        .isTrue();
    for (String party : List.of(customer, isv, resellerA)) {
      assertThat(inboxOf(party))
          .as(party)
          .contains("The transfer of entitlement " + entitlement + " was cancelled");
    }
  }

  @Test
  @DisplayName(
      "GCP-1 ALL-3 an entitlement that names an order names one of its customer with its ISV, and its ID is one an address can carry: else 400 saying why, and nothing is stored")
  void entitlementOfAnOrder() throws Exception {
    Order ofTheParties = orders.placeBetween(isv, customer, AlibabaBasicDelivery.PROCESS_KEY);
    Order ofOthers = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    Map<String, Object> body = entitlementBody("E-" + UUID.randomUUID(), null);
    body.put("orderId", ofTheParties.orderId());
    ResponseEntity<String> created = createEntitlement(body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);

    String refusedId = "E-" + UUID.randomUUID();
    body.put("entitlementId", refusedId);
    body.put("orderId", "NO-SUCH-ORDER");
    assertRefused(
        createEntitlement(body),
        HttpStatus.BAD_REQUEST,
        "orderId: there is no order NO-SUCH-ORDER.");
    body.put("orderId", ofOthers.orderId());
    assertRefused(createEntitlement(body), HttpStatus.BAD_REQUEST, "is not one of customer");
    body.put("orderId", null);
    body.put("entitlementId", "E 1/of?ours");
    assertRefused(
        createEntitlement(body),
        HttpStatus.BAD_REQUEST,
        "entitlementId may hold only letters, digits, '.', '_' and '-'");
    assertThat(
            jdbc.sql("select count(*) from ds_entitlement where entitlement_id in (?, ?)")
                .params(refusedId, body.get("entitlementId"))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  @DisplayName(
      "GCP-1 ALL-3 a state change's reason of up to 3,500 characters ends a transfer in progress and stays whole in it; a longer one is refused (400) and changes nothing")
  void longestStateChangeReason() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);

    assertRefused(
        changeState(MARKETPLACE, entitlement, "SUSPENDED", "x".repeat(3501)),
        HttpStatus.BAD_REQUEST,
        "reason");
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("state").asText())
        .isEqualTo("ACTIVE");
    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("IN_PROGRESS");

    String reason = "y".repeat(3500);
    ResponseEntity<String> suspended = changeState(MARKETPLACE, entitlement, "SUSPENDED", reason);
    assertThat(suspended.getStatusCode()).as(suspended.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(stateOf(entitlement, transfer).path("reason").asText())
        .endsWith("SUSPENDED: " + reason);
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-5 ALL-5 the marketplace suspends an entitlement: its transfer in progress ends as cancelled, its parties are told, and no transfer is asked until it is active again; a cancelled entitlement stays cancelled")
  void marketplaceChangesTheState() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);

    ResponseEntity<String> suspended =
        changeState(MARKETPLACE, entitlement, "SUSPENDED", "Payment overdue.");
    assertThat(suspended.getStatusCode()).as(suspended.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode read = read(customer, "/api/entitlements/" + entitlement);
    assertThat(read.path("state").asText()).isEqualTo("SUSPENDED");
    assertThat(read.path("stateReason").asText()).isEqualTo("Payment overdue.");
    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("CANCELLED");
    assertThat(ended.path("reason").asText()).contains("SUSPENDED: Payment overdue.");
    assertThat(endOf(transfer)).isEqualTo("EndEvent_Cancelled");
    for (String party : List.of(customer, isv)) {
      assertThat(inboxOf(party))
          .as(party)
          .contains("Entitlement " + entitlement + " is SUSPENDED now")
          .contains("The transfer of entitlement " + entitlement + " was cancelled");
    }
    assertRefused(
        ask(customer, entitlement, "BILLING_ACCOUNT", "B-3", null),
        HttpStatus.CONFLICT,
        "only an active entitlement");
    assertThat(changeState(MARKETPLACE, entitlement, "SUSPENDED", "Still overdue.").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(changeState(MARKETPLACE, entitlement, "ACTIVE", "Paid.").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ask(entitlement, "BILLING_ACCOUNT", "B-3", null);
    assertRefused(
        changeState(isv, entitlement, "CANCELLED", "Not mine to say."),
        HttpStatus.FORBIDDEN,
        "Only the marketplace");
    assertRefused(
        changeState(MARKETPLACE, entitlement, "GONE", "Unknown."), HttpStatus.BAD_REQUEST, "");
    assertRefused(
        changeState(MARKETPLACE, entitlement, "SUSPENDED", " "),
        HttpStatus.BAD_REQUEST,
        "reason must not be blank");
    assertThat(changeState(MARKETPLACE, entitlement, "CANCELLED", "Order ended.").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertRefused(
        changeState(MARKETPLACE, entitlement, "ACTIVE", "Again."),
        HttpStatus.CONFLICT,
        "a cancelled entitlement stays so");
    assertThat(read(customer, "/api/entitlements/" + entitlement).path("state").asText())
        .isEqualTo("CANCELLED");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-5 ALL-5 an entitlement cancelled while its parties approve a transfer: the approval tasks disappear, the transfer ends at \"Transfer cancelled\", nothing moves, and every approver is told")
  void cancelledWhileApproving() throws Exception {
    String entitlement = entitlement(resellerA);
    String transfer = ask(entitlement, "CHANGE_RESELLER", "B-NEW", resellerB);
    supportAndFile(transfer);
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    approve(transfer, customer);

    assertThat(changeState(MARKETPLACE, entitlement, "CANCELLED", "Order ended.").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(openTasksOf(transfer)).isZero();
    assertThat(endOf(transfer)).isEqualTo("EndEvent_Cancelled");
    assertThat(stateOf(entitlement, transfer).path("reason").asText())
        .isEqualTo("The marketplace made entitlement " + entitlement + " CANCELLED: Order ended.");
    JsonNode unchanged = read(customer, "/api/entitlements/" + entitlement);
    assertThat(unchanged.path("resellerId").asText()).isEqualTo(resellerA);
    assertThat(unchanged.path("billingAccountId").asText()).isEqualTo("B-1");
    for (String party : List.of(customer, isv, resellerA, resellerB)) {
      assertThat(inboxOf(party))
          .as(party)
          .contains("The transfer of entitlement " + entitlement + " was cancelled");
    }
  }

  @Test
  @DisplayName(
      "GCP-2 ALL-2 ALL-3 an approver cannot redirect the transfer it approves: a target the form only shows, sent changed, is refused with 400 and changes nothing; sent as shown, it passes")
  void approverCannotRedirect() throws Exception {
    String transfer = atApprovals(entitlement(resellerA), "CHANGE_RESELLER", "B-NEW", resellerB);
    String approval = "/engine-rest/task/" + approvalOf(transfer, resellerA) + "/complete";

    assertRefused(
        api.post(resellerA, approval, approvalWithTarget(outsider)),
        HttpStatus.BAD_REQUEST,
        "targetResellerId is shown on its form");
    assertThat(runtimeService.getVariable(transfer, "targetResellerId")).isEqualTo(resellerB);
    assertThat(approversOf(transfer)).contains(resellerA);

    ResponseEntity<String> approved = api.post(resellerA, approval, approvalWithTarget(resellerB));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String approvalWithTarget(String reseller) throws Exception {
    return mapper.writeValueAsString(
        Map.of(
            "variables",
            Map.of(
                "approval", Map.of("value", "approve"),
                "targetResellerId", Map.of("value", reseller))));
  }

  @Test
  @DisplayName(
      "GCP-5 ALL-2 ALL-3 a customer starting a transfer sends only what the start form names, within its limits: transferRejected sent along, or a billing account longer than the form allows, is refused with 400 naming it, and nothing starts")
  void startSendsOnlyTheFormsNames() throws Exception {
    String entitlement = entitlement(null);
    Map<String, Object> variables = new HashMap<>();
    variables.put("entitlementId", Map.of("value", entitlement));
    variables.put("transferKind", Map.of("value", "BILLING_ACCOUNT"));
    variables.put("targetBillingAccountId", Map.of("value", "B-2"));
    variables.put("transferRejected", Map.of("value", true, "type", "Boolean"));
    for (String action : List.of("start", "submit-form")) {
      ResponseEntity<String> started =
          api.post(
              customer,
              "/engine-rest/process-definition/key/"
                  + EntitlementTransfer.PROCESS_KEY
                  + "/"
                  + action,
              mapper.writeValueAsString(
                  Map.of("businessKey", entitlement, "variables", variables)));
      assertRefused(started, HttpStatus.BAD_REQUEST, "transferRejected is not on its form");
    }
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(EntitlementTransfer.PROCESS_KEY)
                .processInstanceBusinessKey(entitlement)
                .count())
        .isZero();

    variables.remove("transferRejected");
    variables.put("targetBillingAccountId", Map.of("value", "B".repeat(70)));
    assertRefused(
        api.post(
            customer,
            "/engine-rest/process-definition/key/" + EntitlementTransfer.PROCESS_KEY + "/start",
            mapper.writeValueAsString(Map.of("businessKey", entitlement, "variables", variables))),
        HttpStatus.BAD_REQUEST,
        "Target Cloud Billing account ID must have at most 64 characters");

    variables.put("targetBillingAccountId", Map.of("value", "B-2"));
    ResponseEntity<String> asked =
        api.post(
            customer,
            "/engine-rest/process-definition/key/" + EntitlementTransfer.PROCESS_KEY + "/start",
            mapper.writeValueAsString(Map.of("businessKey", entitlement, "variables", variables)));
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName(
      "GCP-1 ALL-2 a party cannot end a transfer by sending the marketplace's message itself: 403, and the transfer goes on")
  void partiesCannotSendTheMarketplacesMessage() throws Exception {
    String entitlement = entitlement(null);
    String transfer = ask(entitlement, "BILLING_ACCOUNT", "B-2", null);
    for (String party : List.of(customer, isv)) {
      ResponseEntity<String> sent =
          api.post(
              party,
              "/engine-rest/message",
              mapper.writeValueAsString(
                  Map.of(
                      "messageName",
                      EntitlementTransfer.NO_LONGER_ACTIVE,
                      "processInstanceId",
                      transfer)));
      assertThat(sent.getStatusCode())
          .as(party + ": " + sent.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(stateOf(entitlement, transfer).path("state").asText()).isEqualTo("IN_PROGRESS");
    assertThat(taskOf(transfer, "Task_DecideSupport")).isNotNull();
  }

  @Test
  @DisplayName(
      "ALL-2 a message with correlation keys tells nobody whether another party's transfer holds the values guessed: 403 whether it matches or not, for sellers, customers, resellers and operations managers")
  void messagesRevealNothing() throws Exception {
    String entitlement = entitlement(resellerA);
    ask(entitlement, "CHANGE_RESELLER", "B-GUESSED", resellerB);
    for (String guess : List.of("B-GUESSED", "B-WRONG")) {
      String message =
          mapper.writeValueAsString(
              Map.of(
                  "messageName",
                  EntitlementTransfer.NO_LONGER_ACTIVE,
                  "all",
                  true,
                  "correlationKeys",
                  Map.of("targetBillingAccountId", Map.of("value", guess))));
      for (String prober : List.of(outsider, customer, OPERATIONS)) {
        ResponseEntity<String> sent = api.post(prober, "/engine-rest/message", message);
        assertThat(sent.getStatusCode())
            .as(prober + " guessing " + guess + ": " + sent.getBody())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sent.getBody()).contains("sent by the marketplace");
      }
    }
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-5 a transfer started by the diagram's version before \"Entitlement no longer active\" still ends as cancelled when the marketplace suspends its entitlement")
  void earlierVersionCancelledOnSuspension() throws Exception {
    String entitlement = entitlement(null);
    String transfer = askOnEarlierVersion(entitlement, "BILLING_ACCOUNT", "B-2", null);
    assertThat(
            repositoryService
                .getProcessDefinition(
                    runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(transfer)
                        .singleResult()
                        .getProcessDefinitionId())
                .getResourceName())
        .isEqualTo("earlier/gcp-entitlement-transfer.bpmn");

    assertThat(
            changeState(MARKETPLACE, entitlement, "SUSPENDED", "Payment overdue.").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    JsonNode ended = stateOf(entitlement, transfer);
    assertThat(ended.path("state").asText()).isEqualTo("CANCELLED");
    assertThat(ended.path("reason").asText()).contains("SUSPENDED: Payment overdue.");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(transfer).count())
        .isZero();
    assertThat(inboxOf(isv))
        .contains("The transfer of entitlement " + entitlement + " was cancelled");
  }

  /** A transfer asked while the diagram's earlier version was the latest one deployed. */
  private String askOnEarlierVersion(
      String entitlement, String kind, String billingAccount, String reseller) throws Exception {
    deploy("earlier/gcp-entitlement-transfer.bpmn");
    try {
      return ask(entitlement, kind, billingAccount, reseller);
    } finally {
      deployLatest();
    }
  }

  private void deployLatest() {
    deploy("bpmn/gcp-entitlement-transfer.bpmn", "bpmn/gcp-transfer-approval.bpmn");
  }

  /** The diagrams with the forms they refer to, as the latest versions of their processes. */
  private void deploy(String... diagrams) {
    var deployment = repositoryService.createDeployment().name("transfer test");
    for (String diagram : diagrams) {
      deployment.addClasspathResource(diagram);
    }
    for (String form :
        List.of(
            "gcp-request-transfer",
            "gcp-decide-transfer-support",
            "gcp-file-transfer",
            "gcp-process-transfer",
            "gcp-answer-transfer-question",
            "gcp-approve-transfer")) {
      deployment.addClasspathResource("forms/" + form + ".form");
    }
    deployment.deploy();
  }

  /** The end event the transfer ended at (an event subprocess's end ends the transfer). */
  private String endOf(String transfer) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(transfer).count())
        .as("running")
        .isZero();
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(transfer)
        .activityType("noneEndEvent")
        .singleResult()
        .getActivityId();
  }

  @Test
  @DisplayName(
      "ALL-2 GCP-1 an entitlement's customer, ISV and reseller read each other's profiles from its creation on, and nobody else does")
  void partiesOfAnEntitlementReadEachOther() throws Exception {
    assertThat(profileStatus(resellerA, customer)).isEqualTo(HttpStatus.NOT_FOUND);

    entitlement(resellerA);

    assertThat(profileStatus(resellerA, customer)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(resellerA, isv)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(customer, resellerA)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(customer, isv)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(isv, resellerA)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(resellerB, customer)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(profileStatus(outsider, isv)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private HttpStatus profileStatus(String reader, String user) {
    return HttpStatus.valueOf(
        api.get(reader, "/engine-rest/user/" + user + "/profile").getStatusCode().value());
  }

  private ResponseEntity<String> changeState(
      String user, String entitlement, String state, String reason) throws Exception {
    return api.put(
        user,
        "/api/entitlements/" + entitlement + "/state",
        mapper.writeValueAsString(Map.of("state", state, "reason", reason)));
  }

  private ResponseEntity<String> createEntitlement(Map<String, Object> body) throws Exception {
    return api.post(MARKETPLACE, "/api/entitlements", mapper.writeValueAsString(body));
  }

  private String entitlement(String reseller) throws Exception {
    String id = "E-" + UUID.randomUUID();
    ResponseEntity<String> created = createEntitlement(entitlementBody(id, reseller));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return id;
  }

  private Map<String, Object> entitlementBody(String id, String reseller) {
    Map<String, Object> body = new HashMap<>();
    body.put("entitlementId", id);
    body.put("customerId", customer);
    body.put("customerCompany", "Customer Ltd");
    body.put("isvId", isv);
    body.put("offerId", "offer-7");
    body.put("productId", "analytics-suite");
    body.put("billingAccountId", "B-1");
    body.put("resellerId", reseller);
    return body;
  }

  private String ask(String entitlement, String kind, String billingAccount, String reseller)
      throws Exception {
    ResponseEntity<String> asked = ask(customer, entitlement, kind, billingAccount, reseller);
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);
    return mapper.readTree(asked.getBody()).path("transferId").asText();
  }

  private ResponseEntity<String> ask(
      String asker, String entitlement, String kind, String billingAccount, String reseller)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("targetBillingAccountId", billingAccount);
    body.put("targetResellerId", reseller);
    body.put("message", "Please move it.");
    return api.post(
        asker, "/api/entitlements/" + entitlement + "/transfers", mapper.writeValueAsString(body));
  }

  /** A transfer asked, supported, filed and processed: waiting for its approvers. */
  private String atApprovals(String entitlement, String kind, String account, String reseller)
      throws Exception {
    String transfer = ask(entitlement, kind, account, reseller);
    supportAndFile(transfer);
    complete(transfer, "Task_ProcessTransfer", Map.of("processDecision", "proceed"));
    return transfer;
  }

  private void supportAndFile(String transfer) {
    supportAndFile(transfer, null);
  }

  private void supportAndFile(String transfer, String billingAccount) {
    complete(transfer, "Task_DecideSupport", Map.of("transferSupport", "support"));
    String entitlement =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(transfer)
            .singleResult()
            .getBusinessKey();
    Map<String, Object> filing =
        new HashMap<>(
            filing(
                entitlement,
                billingAccount != null
                    ? billingAccount
                    : (String) runtimeService.getVariable(transfer, "targetBillingAccountId")));
    filing.put("targetResellerId", runtimeService.getVariable(transfer, "targetResellerId"));
    complete(transfer, "Task_FileTransfer", filing);
  }

  private Map<String, Object> filing(String entitlement, String targetBillingAccount) {
    Map<String, Object> filing = new HashMap<>();
    filing.put("customerCompany", "Customer Ltd");
    filing.put("entitlementId", entitlement);
    filing.put("offerId", "offer-7");
    filing.put("currentBillingAccountId", "B-1");
    filing.put("targetBillingAccountId", targetBillingAccount);
    filing.put("contactName", "Ina Isv");
    filing.put("contactEmail", "ina@isv.example");
    return filing;
  }

  /** What went by e-mail only, to an address rather than to a user, about the transfer. */
  private List<String> toldByMail(String transfer) {
    return jdbc.sql(
            "select mail_to, message from ds_notification"
                + " where cause_key like ? and mail_to is not null")
        .param(transfer + ":%")
        .query((row, number) -> row.getString("mail_to") + " " + row.getString("message"))
        .list();
  }

  private void approve(String transfer, String party) {
    complete(approvalOf(transfer, party), Map.of("approval", "approve"));
  }

  private String approvalOf(String transfer, String party) {
    return approvalOf(transfer, party, Task::getId);
  }

  private String approvalOf(String transfer, String party, Function<Task, String> part) {
    return part.apply(approvals(transfer).taskAssignee(party).singleResult());
  }

  private List<String> approversOf(String transfer) {
    return approvals(transfer).list().stream().map(Task::getAssignee).toList();
  }

  /** The parties' open approvals: each in a transfer approval of its own, naming the transfer. */
  private TaskQuery approvals(String transfer) {
    return taskService
        .createTaskQuery()
        .taskDefinitionKey("Task_ApproveTransfer")
        .processVariableValueEquals(EntitlementTransfer.TRANSFER_ID, transfer);
  }

  /** The transfer's open tasks, its parties' approvals included. */
  private long openTasksOf(String transfer) {
    return taskService.createTaskQuery().processInstanceId(transfer).count()
        + approvals(transfer).count();
  }

  private void complete(String transfer, String taskKey, Map<String, Object> variables) {
    complete(taskOf(transfer, taskKey).getId(), variables);
  }

  private void complete(String taskId, Map<String, Object> variables) {
    taskService.complete(taskId, variables);
  }

  private Task taskOf(String transfer, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(transfer)
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  private String jobOf(String jobDefinition) {
    return managementService.createJobQuery().jobDefinitionId(jobDefinition).singleResult().getId();
  }

  private void moveJob(String transfer) {
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(transfer).singleResult().getId());
  }

  private JsonNode stateOf(String entitlement, String transfer) throws Exception {
    for (JsonNode candidate : read(customer, "/api/entitlements/" + entitlement + "/transfers")) {
      if (candidate.path("transferId").asText().equals(transfer)) {
        return candidate;
      }
    }
    throw new AssertionError("no transfer " + transfer);
  }

  private String decisionOf(String entitlement, String transfer, String approver) throws Exception {
    for (JsonNode approval : stateOf(entitlement, transfer).path("approvals")) {
      if (approval.path("approver").asText().equals(approver)) {
        return approval.path("decision").asText();
      }
    }
    throw new AssertionError(approver + " approves no transfer " + transfer);
  }

  /** The party's inbox, as text to look for a notification's subject in. */
  private String inboxOf(String party) throws Exception {
    return read(party, "/api/notifications?limit=200").path("notifications").toString();
  }

  private List<String> listed(String party) throws Exception {
    return read(party, "/api/entitlements?limit=200").findValuesAsText("entitlementId");
  }

  private JsonNode read(String user, String path) throws Exception {
    ResponseEntity<String> response = api.get(user, path);
    assertThat(response.getStatusCode())
        .as(path + ": " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }

  private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String text) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(text);
  }
}
