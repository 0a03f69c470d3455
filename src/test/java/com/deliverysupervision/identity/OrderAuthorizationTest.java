package com.deliverysupervision.identity;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ALL-2 through the engine's own authorization checks, as Tasklist and Cockpit meet them. */
@DeliveryApplicationTest
class OrderAuthorizationTest {
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TestOrders orders;
  @Autowired OrderService orderService;
  @Autowired EarlierTaskGrantsNarrowed earlierTaskGrants;

  Order order;
  String submitDemand;

  @BeforeEach
  void placeOrder() {
    order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    submitDemand =
        taskService
            .createTaskQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult()
            .getId();
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName(
      "ALL-2 the customer sees and completes its own task; the seller can neither see nor complete it")
  void customerTaskIsTheCustomers() {
    actAs(SELLER);
    assertThat(visibleTasks()).doesNotContain(submitDemand);
    assertThatThrownBy(() -> taskService.complete(submitDemand, TestOrders.demand()))
        .isInstanceOf(AuthorizationException.class);

    actAs(CUSTOMER);
    assertThat(visibleTasks()).contains(submitDemand);
    taskService.complete(submitDemand, TestOrders.demand());
    assertThat(taskService.createTaskQuery().taskId(submitDemand).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-2 the seller sees and completes its own task; the customer can neither see nor complete it")
  void sellerTaskIsTheSellers() {
    actAs(CUSTOMER);
    taskService.complete(submitDemand, TestOrders.demand());
    String projectDelivery = currentTask().getId();
    actAs(CUSTOMER);

    assertThat(visibleTasks()).doesNotContain(projectDelivery);
    assertThatThrownBy(() -> taskService.complete(projectDelivery))
        .isInstanceOf(AuthorizationException.class);

    actAs(SELLER);
    assertThat(visibleTasks()).contains(projectDelivery);
    taskService.complete(projectDelivery);
  }

  @Test
  @DisplayName(
      "ALL-2 another seller and another customer see nothing of the order: no task, no instance, no history")
  void strangersSeeNothing() {
    for (String stranger : new String[] {OTHER_SELLER, OTHER_CUSTOMER}) {
      actAs(stranger);
      assertThat(visibleTasks()).doesNotContain(submitDemand);
      assertThat(orders.instancesOf(order)).isZero();
      assertThat(historySeenOf(order)).isZero();
      assertThatThrownBy(() -> taskService.complete(submitDemand, TestOrders.demand()))
          .isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  @DisplayName(
      "ALL-2 the order's seller and customer see its instance and history; operations see every order")
  void partiesAndOperationsSeeTheInstance() {
    for (String user : new String[] {SELLER, CUSTOMER, OPERATIONS}) {
      actAs(user);
      assertThat(orders.instancesOf(order)).isOne();
      assertThat(historySeenOf(order)).isOne();
    }
    actAs(OPERATIONS);
    assertThat(visibleTasks()).contains(submitDemand);
  }

  @Test
  @DisplayName(
      "ALL-2 the seller and the customer read the history of the order's finished tasks; strangers do not")
  void partiesReadTheHistoryOfFinishedTasks() {
    actAs(CUSTOMER);
    taskService.complete(submitDemand, TestOrders.demand());

    for (String party : new String[] {SELLER, CUSTOMER}) {
      actAs(party);
      assertThat(finishedTasks()).containsExactly(submitDemand);
    }
    for (String stranger : new String[] {OTHER_SELLER, OTHER_CUSTOMER}) {
      actAs(stranger);
      assertThat(finishedTasks()).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "ALL-2 a task handed to someone outside the order is theirs to see and complete, and its history too")
  void taskHandedToAnOutsider() {
    taskService.setAssignee(submitDemand, OTHER_CUSTOMER);

    actAs(OTHER_CUSTOMER);
    assertThat(visibleTasks()).containsExactly(submitDemand);
    taskService.complete(submitDemand, TestOrders.demand());
    assertThat(finishedTasks()).containsExactly(submitDemand);
    assertThat(historySeenOf(order)).as("the outsider was given the task, not the order").isZero();
  }

  @Test
  @DisplayName(
      "ALL-2 ALL-3 the customer works on its task but cannot hand it to a stranger by assignment or claim, release it, add one to it, rename it, end it by an error or escalation, rewrite or delete a comment, or change the order's variables outside a completion")
  void assigneeCannotShowTheTaskToAStranger() {
    assertOnlyWorkOn(submitDemand);
  }

  @Test
  @DisplayName(
      "ALL-2 a task opened before assignees were limited to working on it is limited too once the application starts")
  void taskOfAnEarlierVersion() {
    removeCustomersGrantOf(submitDemand);
    Authorization earlier =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setUserId(CUSTOMER);
    earlier.setResource(Resources.TASK);
    earlier.setResourceId(submitDemand);
    earlier.addPermission(Permissions.READ);
    earlier.addPermission(Permissions.UPDATE);
    authorizationService.saveAuthorization(earlier);

    earlierTaskGrants.narrow();

    assertOnlyWorkOn(submitDemand);
  }

  /** As an administrator might by hand. */
  private void removeCustomersGrantOf(String task) {
    authorizationService
        .createAuthorizationQuery()
        .userIdIn(CUSTOMER)
        .resourceType(Resources.TASK)
        .resourceId(task)
        .list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
  }

  /** The customer may complete the task, and do nothing else to it. */
  private void assertOnlyWorkOn(String task) {
    actAs(CUSTOMER);
    assertThatThrownBy(() -> taskService.setAssignee(task, OTHER_CUSTOMER))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.addCandidateUser(task, OTHER_CUSTOMER))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setVariable(task, "demands", "Anything else"))
        .isInstanceOf(AuthorizationException.class);
    Task renamed = taskService.createTaskQuery().taskId(task).singleResult();
    renamed.setName("Anything");
    assertThatThrownBy(() -> taskService.saveTask(renamed))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.claim(task, OTHER_CUSTOMER))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("a user claims a task for itself");
    assertThatThrownBy(() -> taskService.claim(task, null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("it is not released");
    assertThatThrownBy(() -> taskService.handleBpmnError(task, "done"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(TasksEndOnlyByCompletion.REFUSAL);
    assertThatThrownBy(() -> taskService.handleEscalation(task, "done"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(TasksEndOnlyByCompletion.REFUSAL);
    assertThatThrownBy(() -> taskService.deleteTask(task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(TasksEndOnlyByCompletion.REFUSAL);
    String comment =
        taskService.createComment(task, order.processInstanceId(), "Sent today.").getId();
    assertThatThrownBy(() -> taskService.updateTaskComment(task, comment, "Never sent."))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(CommentsKeptAsWritten.REFUSAL);
    assertThatThrownBy(() -> taskService.deleteTaskComments(task))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(CommentsKeptAsWritten.REFUSAL);
    assertThat(taskService.getTaskComments(task)).hasSize(1);
    taskService.claim(task, CUSTOMER);
    taskService.complete(task, TestOrders.demand());
    assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-2 the assignee works on its task by being its assignee, even without its automatic grant; others still need a grant")
  void assigneeWorksOnItsTask() {
    removeCustomersGrantOf(submitDemand);

    actAs(SELLER);
    assertThatThrownBy(() -> taskService.complete(submitDemand, TestOrders.demand()))
        .isInstanceOf(AuthorizationException.class);
    actAs(CUSTOMER);
    taskService.complete(submitDemand, TestOrders.demand());
    assertThat(taskService.createTaskQuery().taskId(submitDemand).count()).isZero();
  }

  @Test
  @DisplayName(
      "ALL-2 a seller who buys its own product gets its order placed and sees it, as both parties")
  void sellerBuyingFromItself() {
    String both = "sellerbuyer" + System.nanoTime();
    identityService.saveUser(identityService.newUser(both));
    identityService.createMembership(both, Roles.SELLERS);
    identityService.createMembership(both, Roles.CUSTOMERS);
    try {
      NewOrder ownPurchase = TestOrders.newOrder(TestOrders.newOrderId(), order.deliveryTemplate());
      Order own =
          orderService.place(
              new NewOrder(
                  ownPurchase.orderId(),
                  ownPurchase.productId(),
                  ownPurchase.specification(),
                  both,
                  both,
                  ownPurchase.amount(),
                  ownPurchase.currency(),
                  ownPurchase.deliveryTemplate(),
                  ownPurchase.purchasedPeriod()),
              new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));

      actAs(both);
      assertThat(orders.instancesOf(own)).isOne();
      assertThat(historySeenOf(own)).isOne();
    } finally {
      identityService.clearAuthentication();
      identityService.deleteUser(both);
    }
  }

  private void actAs(String userId) {
    identityService.clearAuthentication();
    identityService.setAuthentication(
        userId,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> g.getId())
            .toList());
  }

  private java.util.List<String> visibleTasks() {
    return taskService.createTaskQuery().processInstanceBusinessKey(order.orderId()).list().stream()
        .map(Task::getId)
        .toList();
  }

  /** The order's finished or running instances in history that the acting user sees. */
  private long historySeenOf(Order order) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(order.orderId())
        .count();
  }

  private List<String> finishedTasks() {
    return historyService
        .createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(order.orderId())
        .finished()
        .list()
        .stream()
        .map(HistoricTaskInstance::getId)
        .toList();
  }

  private Task currentTask() {
    identityService.clearAuthentication();
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult();
  }
}
