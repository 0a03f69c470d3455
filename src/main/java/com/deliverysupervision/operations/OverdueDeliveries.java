package com.deliverysupervision.operations;

import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.rules.EngineClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The operators' overdue view: deliveries whose tasks are past their due date, and automatic
 * deadlines (rule timers) that have come or will come within the warning window.
 */
@Service
public class OverdueDeliveries {
  private final ManagementService managementService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final SystemCalls systemCalls;
  private final EngineClock clock;
  private final Duration warningWindow;
  private final Map<String, String> stepNames = new ConcurrentHashMap<>();

  OverdueDeliveries(
      ManagementService managementService,
      TaskService taskService,
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      SystemCalls systemCalls,
      EngineClock clock,
      @Value("${delivery.overdue.warning-window}") Duration warningWindow) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.systemCalls = systemCalls;
    this.clock = clock;
    this.warningWindow = warningWindow;
  }

  /** Every order's items, soonest first; for operators, who see all orders (ALL-2). */
  public List<OverdueItem> list() {
    return systemCalls.run(this::collect);
  }

  public long count() {
    return list().stream().filter(OverdueItem::overdue).count();
  }

  private List<OverdueItem> collect() {
    OffsetDateTime now = clock.now();
    List<OverdueItem> items = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().dueBefore(Date.from(now.toInstant())).list()) {
      items.add(
          new OverdueItem(
              orderOf(task.getProcessInstanceId()),
              task.getName(),
              "TASK",
              at(task.getDueDate()),
              true));
    }
    Date horizon = Date.from(now.plus(warningWindow).toInstant());
    for (Job timer : managementService.createJobQuery().timers().duedateLowerThan(horizon).list()) {
      String order = orderOf(timer.getProcessInstanceId());
      if (order != null) {
        OffsetDateTime due = at(timer.getDuedate());
        items.add(new OverdueItem(order, stepOf(timer), "DEADLINE", due, !due.isAfter(now)));
      }
    }
    items.removeIf(item -> item.orderId() == null);
    items.sort(Comparator.comparing(OverdueItem::dueAt));
    return items;
  }

  /** The order is the business key of its delivery instances; the billing run has none. */
  private String orderOf(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private String stepOf(Job timer) {
    JobDefinition definition =
        managementService
            .createJobDefinitionQuery()
            .jobDefinitionId(timer.getJobDefinitionId())
            .singleResult();
    return stepNames.computeIfAbsent(
        definition.getProcessDefinitionId() + "/" + definition.getActivityId(),
        key -> {
          FlowElement element =
              repositoryService
                  .getBpmnModelInstance(definition.getProcessDefinitionId())
                  .getModelElementById(definition.getActivityId());
          return element == null || element.getName() == null
              ? definition.getActivityId()
              : element.getName();
        });
  }

  private static OffsetDateTime at(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
