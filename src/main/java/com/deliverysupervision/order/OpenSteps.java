package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The steps an order waits at, its delivery's and its appeal's, with whom each waits for (ALL-2:
 * for those who may read the order). A customer whose order waits for the seller has no task of its
 * own, yet sees where the order stands.
 */
@Service
class OpenSteps {
  private final OrderService orderService;
  private final TaskService taskService;
  private final SystemCalls systemCalls;

  OpenSteps(OrderService orderService, TaskService taskService, SystemCalls systemCalls) {
    this.orderService = orderService;
    this.taskService = taskService;
    this.systemCalls = systemCalls;
  }

  List<OpenStep> of(String orderId, CurrentUser caller) {
    orderService.find(orderId, caller);
    // Read as the application: the caller may read the order, not every task of it.
    return systemCalls.run(
        () ->
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(orderId)
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(this::stepOf)
                .toList());
  }

  /**
   * The open steps of several orders at once, for a list of them: orders the caller may not read
   * are left out, as if they did not exist.
   */
  Map<String, List<OpenStep>> ofOrders(List<String> orderIds, CurrentUser caller) {
    Map<String, List<OpenStep>> steps = new LinkedHashMap<>();
    for (String orderId : orderIds.stream().distinct().toList()) {
      try {
        steps.put(orderId, of(orderId, caller));
      } catch (OrderNotFoundException notYours) {
        // Left out: ALL-2.
      }
    }
    return steps;
  }

  private OpenStep stepOf(Task task) {
    List<String> groups =
        task.getAssignee() != null
            ? List.of()
            : taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(group -> group != null)
                .toList();
    return new OpenStep(
        task.getName(), task.getAssignee(), groups, task.getDueDate(), task.isSuspended());
  }
}
