package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.transfer.EntitlementTransfer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filter each role sees: its own work first. Each task card shows what the task is
 * about: an order's number, product and specification, or a transfer's entitlement.
 */
@Component
class TasklistFilters {
  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
  static final String MY_DELIVERY_TASKS = "My delivery tasks";
  static final String ALL_OPEN_TASKS = "All open delivery tasks";
  static final String FOR_MY_GROUP = "Open for my group";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void create() {
    String mine =
        filter(
            MY_DELIVERY_TASKS,
            "The tasks waiting for you on your orders",
            -10,
            Refresh.EVERY_10_SECONDS,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    for (String role :
        List.of(
            Roles.SELLERS,
            Roles.CUSTOMERS,
            Roles.RESELLERS,
            Roles.OPERATIONS_MANAGERS,
            Roles.MARKETPLACE_ADMINS)) {
      grants.toGroup(role, FILTER, mine, READ);
    }

    String all =
        filter(
            ALL_OPEN_TASKS,
            "Every open task of every order; click the filter to see it anew",
            0,
            Refresh.WHEN_CLICKED,
            taskService.createTaskQuery());
    grants.toGroup(Roles.OPERATIONS_MANAGERS, FILTER, all, READ);

    // SAAS-10: appeals wait for any operations manager, unassigned.
    String group =
        filter(
            FOR_MY_GROUP,
            "Unassigned tasks for your group, such as appeals to decide",
            -5,
            Refresh.EVERY_10_SECONDS,
            taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned());
    grants.toGroup(Roles.OPERATIONS_MANAGERS, FILTER, group, READ);
    grants.toGroup(Roles.MARKETPLACE_ADMINS, FILTER, group, READ);
    grants.toGroup(Roles.MARKETPLACE_ADMINS, FILTER, all, READ);
  }

  /**
   * The filter of that name, created with the query, or brought to the current description, refresh
   * and card variables: an installation made before a change of them gets it at its next start.
   */
  private String filter(
      String name, String description, int priority, Refresh refresh, TaskQuery query) {
    Map<String, Object> properties =
        Map.of(
            "description",
            description,
            "priority",
            priority,
            "refresh",
            refresh == Refresh.EVERY_10_SECONDS,
            "variables",
            List.of(
                Map.of("name", OrderVariables.ORDER_ID, "label", "Order"),
                Map.of("name", OrderVariables.PRODUCT_ID, "label", "Product"),
                Map.of("name", OrderVariables.SPECIFICATION, "label", "Specification"),
                Map.of("name", EntitlementTransfer.ENTITLEMENT_ID, "label", "Entitlement")));
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing == null) {
      return filterService
          .saveFilter(filterService.newTaskFilter(name).setQuery(query).setProperties(properties))
          .getId();
    }
    if (!properties.equals(existing.getProperties())) {
      filterService.saveFilter(existing.setProperties(properties));
      log.info(
          "Tasklist filter '{}' now has the application's description, refresh and task card"
              + " variables",
          name);
    }
    return existing.getId();
  }

  /**
   * Tasklist lists a filter anew every 10 seconds while it is open, where the filter says so: the
   * worklists do. The list of every open task does not: its page and count cost the database in
   * proportion to all open tasks (about a third of a second each among 100,000), every 10 seconds
   * for every operations manager who leaves it open.
   */
  enum Refresh {
    EVERY_10_SECONDS,
    WHEN_CLICKED
  }
}
