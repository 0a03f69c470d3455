package com.deliverysupervision.identity;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.AssigneesWorkOnTheirTasks.AssigneeFirstChecker;
import com.deliverysupervision.identity.GroupsWithoutTableScan.ApplicationAuthorizationManager;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ALL-2: the authorization internals of Camunda's that the application replaces for speed decide as
 * Camunda's own code does, compared case by case with that code in the same engine. Each
 * replacement is a risk at every Camunda upgrade: should an upgrade change how Camunda decides,
 * this test fails before a party sees what it should not, or loses what it should see.
 */
@DeliveryApplicationTest
class SpeedReplacementsDecideAsCamundaTest {
  private static final List<String> USERS =
      List.of(CUSTOMER, SELLER, OTHER_CUSTOMER, OTHER_SELLER, OPERATIONS, MARKETPLACE);

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TestOrders orders;
  @Autowired TestUsers users;

  @AfterEach
  void logOut() {
    users.logOut();
  }

  @Test
  @DisplayName(
      "ALL-2 who may work on a task is decided as Camunda's own permission check decides it: its assignee, the other party, strangers, staff, and after the task is handed on (AssigneesWorkOnTheirTasks)")
  void workOnATaskDecidedAsCamundaDecides() {
    assertThat(configuration().getCommandCheckers())
        .hasAtLeastOneElementOfType(AssigneeFirstChecker.class);
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);

    assertWorkDecidedAsCamunda(task);
    taskService.setAssignee(task, OTHER_CUSTOMER);
    assertWorkDecidedAsCamunda(task);
  }

  @Test
  @DisplayName(
      "ALL-2 a party's new task gives every user the same rights as Camunda's own grants would: to the task, to its history once finished, to the order's history (PartiesTaskGrants)")
  void newTasksGrantAsCamundaGrants() {
    ProcessEngineConfigurationImpl configuration = configuration();
    ResourceAuthorizationProvider applications = configuration.getResourceAuthorizationProvider();
    assertThat(applications).isInstanceOf(PartiesTaskGrants.Provider.class);

    Order underCamundas;
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider());
    try {
      underCamundas = placedAndDemanded();
    } finally {
      configuration.setResourceAuthorizationProvider(applications);
    }
    Order underApplications = placedAndDemanded();

    for (String user : USERS) {
      assertThat(rightsOf(user, underApplications))
          .as(user)
          .isEqualTo(rightsOf(user, underCamundas));
    }
  }

  @Test
  @DisplayName(
      "ALL-2 permission checks with all of a user's groups decide as Camunda's, which first drops the groups no grant names (GroupsWithoutTableScan)")
  void allGroupsDecideAsCamundasNarrowedGroups() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);
    List<Check> checks =
        List.of(
            new Check(TaskPermissions.TASK_WORK, Resources.TASK, task),
            new Check(TaskPermissions.UPDATE, Resources.TASK, task),
            new Check(Permissions.READ, Resources.PROCESS_INSTANCE, order.processInstanceId()),
            new Check(
                ProcessInstancePermissions.UPDATE_VARIABLE,
                Resources.PROCESS_INSTANCE,
                order.processInstanceId()),
            new Check(
                ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION,
                AlibabaBasicDelivery.PROCESS_KEY),
            new Check(
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION,
                AlibabaBasicDelivery.PROCESS_KEY));

    for (String user : USERS) {
      // A group no grant names: Camunda's narrowing drops it, the application's keeps it.
      List<String> groups = new ArrayList<>(users.groupsOf(user));
      groups.add("group-without-grants");
      for (Check check : checks) {
        assertThat(decides(new ApplicationAuthorizationManager(), user, groups, check))
            .as(user + " " + check)
            .isEqualTo(decides(new AuthorizationManager(), user, groups, check));
      }
    }
  }

  @Test
  @DisplayName(
      "ALL-2 each user's lists and counts of the tasks assigned to it, or to anyone else, are those Camunda's own query check gives, a task handed on included (AssigneesListTheirTasks)")
  void assigneesListsAsCamundaLists() {
    orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    Order others =
        orders.placeBetween(OTHER_SELLER, OTHER_CUSTOMER, AlibabaBasicDelivery.PROCESS_KEY);
    taskService.setAssignee(orders.openTaskOf(others), CUSTOMER);
    orders.placeBetween(OTHER_SELLER, OTHER_CUSTOMER, AlibabaBasicDelivery.PROCESS_KEY);

    Map<String, Object> underApplications = assignedTasksSeenByEachUser();
    Map<Class<?>, SessionFactory> factories = configuration().getSessionFactories();
    SessionFactory application = factories.get(AuthorizationManager.class);
    factories.put(
        AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
    Map<String, Object> underCamundas;
    try {
      underCamundas = assignedTasksSeenByEachUser();
    } finally {
      factories.put(AuthorizationManager.class, application);
    }

    assertThat(underApplications).isEqualTo(underCamundas);
  }

  /** For each user, the tasks assigned to each user that it lists, and their count. */
  private Map<String, Object> assignedTasksSeenByEachUser() {
    Map<String, Object> seen = new LinkedHashMap<>();
    for (String user : USERS) {
      users.actAs(user);
      try {
        for (String assignee : USERS) {
          TaskQuery assigned = taskService.createTaskQuery().taskAssignee(assignee);
          seen.put(
              user + " lists " + assignee + "'s",
              assigned.orderByTaskCreateTime().desc().listPage(0, 15).stream()
                  .map(Task::getId)
                  .toList());
          seen.put(user + " counts " + assignee + "'s", assigned.count());
        }
      } finally {
        users.logOut();
      }
    }
    return seen;
  }

  private record Check(Permission permission, Resource resource, String resourceId) {}

  private boolean decides(
      AuthorizationManager manager, String user, List<String> groups, Check check) {
    return configuration()
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                manager.isAuthorized(
                    user, groups, check.permission(), check.resource(), check.resourceId()));
  }

  private void assertWorkDecidedAsCamunda(String task) {
    for (String user : USERS) {
      assertThat(mayWorkOn(task, user, new AssigneeFirstChecker()))
          .as(user)
          .isEqualTo(mayWorkOn(task, user, new AuthorizationCommandChecker()));
    }
  }

  private boolean mayWorkOn(String task, String user, AuthorizationCommandChecker checker) {
    users.actAs(user);
    try {
      return configuration()
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                try {
                  checker.checkTaskWork(context.getTaskManager().findTaskById(task));
                  return true;
                } catch (AuthorizationException refused) {
                  return false;
                }
              });
    } finally {
      users.logOut();
    }
  }

  /** An order whose customer submitted its demand: one finished task, the seller's open one. */
  private Order placedAndDemanded() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String demand = orders.openTaskOf(order);
    users.actAs(CUSTOMER);
    try {
      taskService.complete(demand, TestOrders.demand());
    } finally {
      users.logOut();
    }
    return order;
  }

  /** What the user may do with the order's open task, and what it sees of its tasks' history. */
  private Map<String, Object> rightsOf(String user, Order order) {
    String open = orders.openTaskOf(order);
    String finished =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceId(order.processInstanceId())
            .finished()
            .singleResult()
            .getId();
    List<String> groups = users.groupsOf(user);
    Map<String, Object> rights = new LinkedHashMap<>();
    for (TaskPermissions permission : TaskPermissions.values()) {
      rights.put(
          "open task: " + permission,
          authorizationService.isUserAuthorized(user, groups, permission, Resources.TASK, open));
    }
    users.actAs(user);
    try {
      rights.put("sees the open task", taskService.createTaskQuery().taskId(open).count());
      rights.put(
          "sees the open task's history",
          historyService.createHistoricTaskInstanceQuery().taskId(open).count());
      rights.put(
          "sees the finished task's history",
          historyService.createHistoricTaskInstanceQuery().taskId(finished).count());
      rights.put(
          "sees the finished task's variables",
          historyService.createHistoricVariableInstanceQuery().taskIdIn(finished).count());
      rights.put(
          "sees the finished task's log",
          historyService.createUserOperationLogQuery().taskId(finished).count());
      rights.put(
          "sees the order's variables in history",
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(order.processInstanceId())
              .count());
      rights.put(
          "sees the order's history",
          historyService
              .createHistoricProcessInstanceQuery()
              .processInstanceId(order.processInstanceId())
              .count());
    } finally {
      users.logOut();
    }
    return rights;
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
