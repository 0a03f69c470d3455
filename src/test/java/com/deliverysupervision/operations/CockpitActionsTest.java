package com.deliverysupervision.operations;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a marketplace administrator's ordinary actions in Cockpit (Camunda's REST API) keep of the
 * rules.
 */
@DeliveryApplicationTest
class CockpitActionsTest {
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired ApiCalls api;

  @Test
  @DisplayName(
      "ALL-4 an administrator's modification that runs \"Complete the order\" again completes the order, records it and tells its parties once")
  void completionRunAgainIsOnce() {
    Order order = awaitingConfirmation();
    for (int i = 0; i < 2; i++) {
      asAdministrator(
          processEngine ->
              processEngine
                  .getRuntimeService()
                  .createProcessInstanceModification(order.processInstanceId())
                  .startBeforeActivity("Task_CompleteOrder")
                  .execute());
    }
    taskService.complete(orders.openTaskOf(order), Map.of());

    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(recordsOf(order, "Order completed")).isOne();
    for (String party : List.of(SELLER, CUSTOMER)) {
      assertThat(toldOf(order, party, "orderCompleted")).as(party).isOne();
    }
  }

  @Test
  @DisplayName(
      "ALL-4 an ended delivery is not restarted, not even by an administrator: 400, and the order stays as it ended")
  void endedDeliveryIsNotRestarted() {
    Order order = awaitingConfirmation();
    taskService.complete(orders.openTaskOf(order), Map.of());
    String definition =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult()
            .getProcessDefinitionId();

    assertThatThrownBy(
            () ->
                asAdministrator(
                    processEngine ->
                        processEngine
                            .getRuntimeService()
                            .restartProcessInstances(definition)
                            .startBeforeActivity("Task_ConfirmDelivery")
                            .processInstanceIds(order.processInstanceId())
                            .execute()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("is not restarted");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(order.orderId())
                .count())
        .isZero();
    assertThat(recordsOf(order, "Order completed")).isOne();
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 who an order is for and what it is cannot be changed by hand, not even by an administrator: setting, removing or modifying with customerId, sellerId or orderId gets 400 and the order's next task still goes to its own customer")
  void factsAreNotChangedByHand() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String instance = order.processInstanceId();
    String variables = "/engine-rest/process-instance/" + instance + "/variables";
    List<ResponseEntity<String>> answers =
        List.of(
            api.put(
                MARKETPLACE, variables + "/customerId", "{\"value\": \"" + OTHER_CUSTOMER + "\"}"),
            api.post(
                MARKETPLACE,
                variables,
                "{\"modifications\": {\"sellerId\": {\"value\": \"" + OTHER_SELLER + "\"}}}"),
            api.post(MARKETPLACE, variables, "{\"deletions\": [\"orderId\"]}"),
            api.delete(MARKETPLACE, variables + "/customerId"),
            api.put(
                MARKETPLACE,
                "/engine-rest/task/" + orders.openTaskOf(order) + "/variables/customerId",
                "{\"value\": \"" + OTHER_CUSTOMER + "\"}"),
            api.post(
                MARKETPLACE,
                "/engine-rest/process-instance/" + instance + "/modification",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\":"
                    + " \"Task_ConfirmDelivery\", \"variables\": {\"customerId\": {\"value\": \""
                    + OTHER_CUSTOMER
                    + "\"}}}]}"));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("is not changed by hand");
    }
    assertThatThrownBy(
            () ->
                asAdministrator(
                    processEngine ->
                        processEngine
                            .getRuntimeService()
                            .createMessageCorrelation("anything")
                            .processInstanceId(instance)
                            .setVariable(OrderVariables.CUSTOMER_ID, OTHER_CUSTOMER)
                            .correlate()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("is not changed by hand");

    assertThat(engine.getRuntimeService().getVariable(instance, OrderVariables.CUSTOMER_ID))
        .isEqualTo(CUSTOMER);
    assertThat(engine.getRuntimeService().getVariable(instance, OrderVariables.SELLER_ID))
        .isEqualTo(SELLER);
    assertThat(engine.getRuntimeService().getVariable(instance, OrderVariables.ORDER_ID))
        .isEqualTo(order.orderId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getAssignee)
        .containsExactly(CUSTOMER);
    ResponseEntity<String> otherVariable =
        api.put(MARKETPLACE, variables + "/note", "{\"value\": \"checked\"}");
    assertThat(otherVariable.getStatusCode())
        .as(otherVariable.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  @DisplayName(
      "ALI-2 ALL-3 a message an administrator sends with a party's entry passes its form's checks in every delivery it may reach: a contact e-mail that is no address gets 400, by business key or by message name alone, and the delivery stays where it was")
  void messageEntriesPassTheirForms() {
    Order order = orders.placeWithWarranty(AlibabaDoubleCheckDelivery.PROCESS_KEY, "P90D");
    String instance = order.processInstanceId();
    String businessKey =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance)
            .singleResult()
            .getBusinessKey();
    for (String named : Arrays.asList(businessKey, null)) {
      assertThatThrownBy(
              () ->
                  asAdministrator(
                      processEngine -> {
                        MessageCorrelationBuilder message =
                            processEngine
                                .getRuntimeService()
                                .createMessageCorrelation("deliveryConfirmedOnDispute")
                                .setVariable("contactEmail", "nobody");
                        if (named != null) {
                          message.processInstanceBusinessKey(named);
                        }
                        message.correlateAll();
                      }))
          .as("business key " + named)
          .isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining("must be an e-mail address");
    }
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance))
        .containsExactly(AlibabaBasicDelivery.TASK_SUBMIT_DEMAND);
    assertThat(engine.getRuntimeService().getVariable(instance, "contactEmail")).isNull();
  }

  @Test
  @DisplayName(
      "SAAS-6 SAAS-7 GCP-5 LIC-6 what the rules keep of an order's course (rejection counts, the seller's rights to appeal, a freeze, a party's rejection, the customer's contact shown) cannot be set by hand, not even by an administrator: 400, and the seller still may not appeal")
  void ruleStateIsNotChangedByHand() {
    Order order = orders.place(SaasSupervision.PROCESS_KEY);
    String variables = "/engine-rest/process-instance/" + order.processInstanceId() + "/variables";
    for (String kept :
        List.of(
            "sellerMayAppeal",
            "customerSilent",
            "sellerRejections",
            "customerRejections",
            "frozenAt",
            "frozenTimeMoved",
            "decidedBy",
            "validityStartsOnCompletion",
            "transferRejected",
            "customerContactShown")) {
      ResponseEntity<String> set =
          api.post(
              MARKETPLACE, variables, "{\"modifications\": {\"" + kept + "\": {\"value\": true}}}");
      assertThat(set.getStatusCode())
          .as(kept + ": " + set.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(set.getBody()).contains(kept + " is what the rules keep");
    }

    assertThat(engine.getRuntimeService().getVariables(order.processInstanceId()))
        .doesNotContainKeys(SaasSupervision.SELLER_MAY_APPEAL, SaasSupervision.CUSTOMER_SILENT);
    ResponseEntity<String> appeal =
        api.post(
            SELLER,
            "/api/orders/" + order.orderId() + "/appeals",
            "{\"reason\": \"The customer is silent.\"}");
    assertThat(appeal.getStatusCode()).as(appeal.getBody()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName(
      "ALI-1 SAAS-8 a delivery frozen by an open dispute is not activated by hand, alone or with its diagram's instances, not even by an administrator: 400, and it stays frozen until the decision")
  void frozenDeliveryWaitsForTheDecision() {
    Order order = disputed(orders.place(AlibabaBasicDelivery.PROCESS_KEY));

    ResponseEntity<String> activation =
        api.put(
            MARKETPLACE,
            "/engine-rest/process-instance/" + order.processInstanceId() + "/suspended",
            "{\"suspended\": false}");
    assertThat(activation.getStatusCode())
        .as(activation.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(activation.getBody()).contains("frozen by an open appeal or dispute");
    for (ResponseEntity<String> all :
        List.of(
            api.put(
                MARKETPLACE,
                "/engine-rest/process-instance/suspended",
                "{\"processDefinitionKey\": \""
                    + AlibabaBasicDelivery.PROCESS_KEY
                    + "\", \"suspended\": false}"),
            api.put(
                MARKETPLACE,
                "/engine-rest/process-definition/key/"
                    + AlibabaBasicDelivery.PROCESS_KEY
                    + "/suspended",
                "{\"suspended\": false, \"includeProcessInstances\": true}"))) {
      assertThat(all.getStatusCode()).as(all.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(suspended(order)).isTrue();
  }

  @Test
  @DisplayName(
      "ALI-1 SAAS-8 a frozen delivery's timer is not activated by hand (alone, with its instance's or diagram's jobs, with its job definition), nor the delivery by a batch or by a later activation of its diagram: 400, and the 14 days wait for the decision")
  void frozenDeliverysTimerWaitsForTheDecision() {
    Order order = disputed(awaitingConfirmation());
    Job timer = timerOf(order);
    assertThat(timer.isSuspended()).isTrue();

    ResponseEntity<String> alone =
        api.put(
            MARKETPLACE,
            "/engine-rest/job/" + timer.getId() + "/suspended",
            "{\"suspended\": false}");
    assertThat(alone.getStatusCode()).as(alone.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(alone.getBody()).contains("frozen by an open appeal or dispute");
    for (ResponseEntity<String> activation :
        List.of(
            api.put(
                MARKETPLACE,
                "/engine-rest/job/suspended",
                "{\"processInstanceId\": \""
                    + order.processInstanceId()
                    + "\", \"suspended\": false}"),
            api.put(
                MARKETPLACE,
                "/engine-rest/job/suspended",
                "{\"processDefinitionKey\": \""
                    + AlibabaBasicDelivery.PROCESS_KEY
                    + "\", \"suspended\": false}"),
            api.put(
                MARKETPLACE,
                "/engine-rest/job-definition/" + timer.getJobDefinitionId() + "/suspended",
                "{\"suspended\": false, \"includeJobs\": true}"))) {
      assertThat(activation.getStatusCode())
          .as(activation.getBody())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(activation.getBody()).contains("frozen by an open appeal or dispute");
    }
    ResponseEntity<String> later =
        api.put(
            MARKETPLACE,
            "/engine-rest/process-definition/key/"
                + AlibabaBasicDelivery.PROCESS_KEY
                + "/suspended",
            "{\"suspended\": false, \"includeProcessInstances\": true, \"executionDate\": \""
                + due(timer, -1)
                + "\"}");
    assertThat(later.getStatusCode()).as(later.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(later.getBody()).contains("not scheduled for later");
    long batches = engine.getManagementService().createBatchQuery().count();
    assertThatThrownBy(
            () ->
                asCamundaAdministrator(
                    processEngine ->
                        processEngine
                            .getRuntimeService()
                            .updateProcessInstanceSuspensionState()
                            .byProcessInstanceIds(order.processInstanceId())
                            .activateAsync()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("frozen by an open appeal or dispute");

    assertThat(engine.getManagementService().createBatchQuery().count()).isEqualTo(batches);
    assertThat(timerOf(order).isSuspended()).isTrue();
    assertThat(suspended(order)).isTrue();
  }

  @Test
  @DisplayName(
      "ALI-2 ALL-1 a rule's timer is neither executed before it is due nor moved earlier (also with its retries) by an administrator (403); moved later, or executed once due, it fires")
  void timersFireWhenDue() {
    Order order = awaitingConfirmation();
    Job timer = timerOf(order);
    String job = "/engine-rest/job/" + timer.getId();

    ResponseEntity<String> early = api.post(MARKETPLACE, job + "/execute", "");
    assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(early.getBody()).contains("fires when it is due");
    Job unchanged =
        engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(unchanged.getDuedate()).as("no failure counted").isEqualTo(timer.getDuedate());
    assertThat(unchanged.getRetries()).isEqualTo(timer.getRetries());
    ResponseEntity<String> earlier =
        api.put(MARKETPLACE, job + "/duedate", "{\"duedate\": \"" + due(timer, -1) + "\"}");
    assertThat(earlier.getStatusCode()).as(earlier.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> retried =
        api.put(
            MARKETPLACE,
            job + "/retries",
            "{\"retries\": 3, \"dueDate\": \"" + due(timer, -13) + "\"}");
    assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    long batches = engine.getManagementService().createBatchQuery().count();
    assertThatThrownBy(
            () ->
                asCamundaAdministrator(
                    processEngine ->
                        processEngine
                            .getManagementService()
                            .setJobRetriesByJobsAsync(3)
                            .jobIds(List.of(timer.getId()))
                            .dueDate(ClockUtil.getCurrentTime())
                            .executeAsync()))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("fires when it is due");
    assertThat(engine.getManagementService().createBatchQuery().count()).isEqualTo(batches);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);

    ResponseEntity<String> later =
        api.put(MARKETPLACE, job + "/duedate", "{\"duedate\": \"" + due(timer, 1) + "\"}");
    assertThat(later.getStatusCode()).as(later.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofDays(2))));
    ResponseEntity<String> due = api.post(MARKETPLACE, job + "/execute", "");
    assertThat(due.getStatusCode()).as(due.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 an order's delivery starts only from its placement and goes on only by its steps: an administrator starting a delivery process (or any the application starts, as the billing run) or signalling an execution by hand gets 400, and nothing starts or moves")
  void deliveriesGoOnlyByTheirSteps() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    ResponseEntity<String> signal =
        api.post(
            MARKETPLACE, "/engine-rest/execution/" + order.processInstanceId() + "/signal", "{}");
    assertThat(signal.getStatusCode()).as(signal.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(signal.getBody()).contains("not signalled by hand");
    assertThat(taskService.createTaskQuery().processInstanceId(order.processInstanceId()).count())
        .isOne();

    String orderId = TestOrders.newOrderId();
    ResponseEntity<String> start =
        api.post(
            MARKETPLACE,
            "/engine-rest/process-definition/key/" + AlibabaBasicDelivery.PROCESS_KEY + "/start",
            "{\"businessKey\": \""
                + orderId
                + "\", \"variables\": {\"orderId\": {\"value\": \""
                + orderId
                + "\"}, \"customerId\": {\"value\": \""
                + OTHER_CUSTOMER
                + "\"}}}");
    assertThat(start.getStatusCode()).as(start.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(start.getBody()).contains("started by the application");
    ResponseEntity<String> billing =
        api.post(MARKETPLACE, "/engine-rest/process-definition/key/billing-run/start", "{}");
    assertThat(billing.getStatusCode()).as(billing.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(orderId)
                .count())
        .isZero();
  }

  @Test
  @DisplayName(
      "ALI-1 ALL-2 deleting an instance that runs beside an order under its ID closes nothing and tells nobody: the order goes on through its own delivery")
  void onlyTheOrdersOwnDeliveryClosesIt() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    // As one started by hand before such starts were refused, for another customer.
    String beside =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                AlibabaBasicDelivery.PROCESS_KEY,
                order.orderId(),
                OrderVariables.of(order).putValue(OrderVariables.CUSTOMER_ID, OTHER_CUSTOMER))
            .getId();

    asAdministrator(
        processEngine ->
            processEngine.getRuntimeService().deleteProcessInstance(beside, "Mistake"));

    assertThat(orders.find(order.orderId()).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(recordsOf(order, "Delivery terminated")).isZero();
    assertThat(toldOf(order, OTHER_CUSTOMER, "orderClosed")).isZero();
    assertThat(orders.instancesOf(order)).isOne();
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 an order's delivery is not migrated into another process, nor given other facts by a migration: 400, and it stays where it was")
  void deliveriesStayInTheirDiagram() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String source = definitionOf(AlibabaBasicDelivery.PROCESS_KEY);
    String plan =
        "{\"sourceProcessDefinitionId\": \"%s\", \"targetProcessDefinitionId\": \"%s\","
            + " \"instructions\": [{\"sourceActivityIds\": [\"Task_SubmitDemand\"],"
            + " \"targetActivityIds\": [\"Task_SubmitDemand\"]}]%s}";
    ResponseEntity<String> elsewhere =
        migrate(
            order,
            plan.formatted(source, definitionOf(AlibabaDoubleCheckDelivery.PROCESS_KEY), ""));
    assertThat(elsewhere.getStatusCode()).as(elsewhere.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(elsewhere.getBody()).contains("only to another version of its own diagram");
    ResponseEntity<String> withFacts =
        migrate(
            order,
            plan.formatted(
                source,
                source,
                ", \"variables\": {\"customerId\": {\"value\": \"" + OTHER_CUSTOMER + "\"}}"));
    assertThat(withFacts.getStatusCode()).as(withFacts.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withFacts.getBody()).contains("is not changed by hand");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(order.processInstanceId())
                .singleResult()
                .getProcessDefinitionId())
        .isEqualTo(source);
  }

  private ResponseEntity<String> migrate(Order order, String plan) {
    return api.post(
        MARKETPLACE,
        "/engine-rest/migration/execute",
        "{\"migrationPlan\": "
            + plan
            + ", \"processInstanceIds\": [\""
            + order.processInstanceId()
            + "\"]}");
  }

  private String definitionOf(String processKey) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** The timer's due date moved by the days, as Camunda's REST API takes dates. */
  private static String due(Job timer, int days) {
    return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .format(Date.from(timer.getDuedate().toInstant().plus(Duration.ofDays(days))));
  }

  private boolean suspended(Order order) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .isSuspended();
  }

  @Test
  @DisplayName(
      "A job query that combines filters Camunda's SQL cannot combine, alone or in a batch of retries, gets 400 naming them, not 500; the filters it can combine still answer")
  void clashingJobFiltersRefused() {
    Order order = awaitingConfirmation();
    String instance = order.processInstanceId();
    Job timer =
        engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    ResponseEntity<String> definitionAndInstances =
        api.get(
            MARKETPLACE,
            "/engine-rest/job?jobDefinitionId="
                + timer.getJobDefinitionId()
                + "&processInstanceIds="
                + instance);
    ResponseEntity<String> idAndActivity =
        api.get(
            MARKETPLACE,
            "/engine-rest/job/count?jobId=" + timer.getId() + "&activityId=Task_ConfirmDelivery");
    ResponseEntity<String> definitionAndInstance =
        api.get(
            MARKETPLACE,
            "/engine-rest/job?jobDefinitionId="
                + timer.getJobDefinitionId()
                + "&processInstanceId="
                + instance
                + "&timers=true");
    ResponseEntity<String> retriesOfClashingQuery =
        api.post(
            MARKETPLACE,
            "/engine-rest/job/retries",
            "{\"retries\": 3, \"dueDate\": \""
                + due(timer, 1)
                + "\", \"jobQuery\": {\"jobDefinitionId\": \""
                + timer.getJobDefinitionId()
                + "\", \"processInstanceIds\": [\""
                + instance
                + "\"]}}");

    assertThat(definitionAndInstances.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(definitionAndInstances.getBody())
        .contains("cannot combine jobDefinitionId, processInstanceIds");
    assertThat(idAndActivity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(idAndActivity.getBody()).contains("cannot combine jobId, activityId");
    assertThat(retriesOfClashingQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(retriesOfClashingQuery.getBody())
        .contains("cannot combine jobDefinitionId, processInstanceIds");
    assertThatThrownBy(
            () ->
                engine
                    .getManagementService()
                    .setJobRetriesAsync(
                        engine
                            .getManagementService()
                            .createJobQuery()
                            .jobDefinitionId(timer.getJobDefinitionId())
                            .processInstanceIds(Set.of(instance)),
                        3))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("cannot combine jobDefinitionId, processInstanceIds");
    assertThat(engine.getManagementService().createBatchQuery().count()).isZero();
    assertThat(definitionAndInstance.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitionAndInstance.getBody()).contains(timer.getId());
  }

  /** A basic delivery waiting for the customer's confirmation. */
  private Order awaitingConfirmation() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(order), TestOrders.demand());
    taskService.complete(orders.openTaskOf(order), Map.of());
    return order;
  }

  /** A customer's dispute, which freezes the delivery (ALI-1). */
  private Order disputed(Order order) {
    ResponseEntity<String> dispute =
        api.post(
            CUSTOMER,
            "/api/orders/" + order.orderId() + "/appeals",
            "{\"reason\": \"The seller does not answer.\"}");
    assertThat(dispute.getStatusCode()).as(dispute.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(suspended(order)).isTrue();
    return order;
  }

  private Job timerOf(Order order) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(order.processInstanceId())
        .timers()
        .singleResult();
  }

  private void asAdministrator(Consumer<ProcessEngine> action) {
    as(MARKETPLACE, Roles.MARKETPLACE_ADMINS, action);
  }

  /** Batches are a Camunda administrator's: a marketplace administrator may not start them. */
  private void asCamundaAdministrator(Consumer<ProcessEngine> action) {
    as("an-administrator", Groups.CAMUNDA_ADMIN, action);
  }

  private void as(String user, String group, Consumer<ProcessEngine> action) {
    identity.setAuthentication(user, List.of(group));
    try {
      action.accept(engine);
    } finally {
      identity.clearAuthentication();
    }
  }

  private long recordsOf(Order order, String action) {
    return jdbc.sql("select count(*) from ds_operation_record where order_id = ? and action = ?")
        .params(order.orderId(), action)
        .query(Long.class)
        .single();
  }

  private long toldOf(Order order, String party, String message) {
    return jdbc.sql(
            "select count(*) from ds_notification where order_id = ? and recipient = ?"
                + " and message = ?")
        .params(order.orderId(), party, message)
        .query(Long.class)
        .single();
  }
}
