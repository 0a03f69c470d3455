package com.deliverysupervision.operations;

import com.deliverysupervision.catalogue.ProductRelease;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.rules.EngineClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operators' overdue view: deliveries whose tasks are past their due date, and automatic
 * deadlines (rule timers) that have come or will come within the warning window; a frozen
 * delivery's steps wait for the appeal's decision, not for their due date, and are left out.
 */
@Service
public class OverdueDeliveries {
  /** An order {@code o} whose delivery no appeal froze (Camunda: suspension state 2). */
  private static final String NOT_FROZEN =
      "not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = o.process_instance_id"
          + " and e.SUSPENSION_STATE_ = 2)";

  private final ManagementService managementService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final SystemCalls systemCalls;
  private final EngineClock clock;
  private final Duration warningWindow;
  private final JdbcClient jdbc;
  // Job definitions never change once deployed; a few per diagram version.
  private final Map<String, String> stepNames = new ConcurrentHashMap<>();

  OverdueDeliveries(
      ManagementService managementService,
      TaskService taskService,
      RuntimeService runtimeService,
      RepositoryService repositoryService,
      SystemCalls systemCalls,
      JdbcClient jdbc,
      EngineClock clock,
      @Value("${delivery.overdue.warning-window}") Duration warningWindow) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.systemCalls = systemCalls;
    this.jdbc = jdbc;
    this.clock = clock;
    this.warningWindow = warningWindow;
  }

  /**
   * The {@code limit} soonest items of all orders; for operators, who see all orders (ALL-2). Read
   * a page at a time from the engine, with the orders of all items found in one query.
   */
  public List<OverdueItem> soonest(int limit) {
    return systemCalls.run(() -> collect(limit));
  }

  /**
   * Tasks past their due date and automatic deadlines that have come, of orders and release reviews
   * only (the billing run's timer has no business key), and not of a delivery frozen by an appeal
   * or dispute (SAAS-8, ALI-1: its due dates move by the frozen time when it resumes). Counted in
   * the database: the metrics read it at every scrape, and a storm of deadlines must not become a
   * storm of queries.
   */
  public long count() {
    Date now = Date.from(clock.now().toInstant());
    return jdbc.sql(
            "select (select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p"
                + " on p.ID_ = t.PROC_INST_ID_ where t.DUE_DATE_ < ? and t.SUSPENSION_STATE_ = 1"
                + " and p.BUSINESS_KEY_ is not null)"
                + " + (select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION p"
                + " on p.ID_ = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and j.DUEDATE_ <= ?"
                + " and j.SUSPENSION_STATE_ = 1 and p.BUSINESS_KEY_ is not null)"
                + " + (select count(*) from ds_order o where o.delivery_overdue = true"
                + " and o.status = 'PROCESSING' and "
                + NOT_FROZEN
                + ")")
        .params(now, now)
        .query(Long.class)
        .single();
  }

  private List<OverdueItem> collect(int limit) {
    OffsetDateTime now = clock.now();
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .active()
            .dueBefore(Date.from(now.toInstant()))
            .orderByDueDate()
            .asc()
            .listPage(0, limit);
    List<Job> timers =
        managementService
            .createJobQuery()
            .timers()
            .active()
            .duedateLowerThan(Date.from(now.plus(warningWindow).toInstant()))
            .orderByJobDuedate()
            .asc()
            .listPage(0, limit);
    Set<String> instances = new HashSet<>();
    tasks.forEach(task -> instances.add(task.getProcessInstanceId()));
    timers.forEach(timer -> instances.add(timer.getProcessInstanceId()));
    Map<String, Subject> subjects = subjectsOf(instances);

    List<OverdueItem> items = new ArrayList<>();
    for (Task task : tasks) {
      Subject subject = subjects.getOrDefault(task.getProcessInstanceId(), Subject.NONE);
      items.add(
          new OverdueItem(
              subject.orderId(),
              subject.productId(),
              task.getName(),
              "TASK",
              at(task.getDueDate()),
              true));
    }
    for (Job timer : timers) {
      OffsetDateTime due = at(timer.getDuedate());
      Subject subject = subjects.getOrDefault(timer.getProcessInstanceId(), Subject.NONE);
      items.add(
          new OverdueItem(
              subject.orderId(),
              subject.productId(),
              stepOf(timer),
              "DEADLINE",
              due,
              !due.isAfter(now)));
    }
    items.addAll(pastDeliveryPeriod(limit));
    return items.stream()
        .filter(item -> item.orderId() != null || item.productId() != null)
        .sorted(Comparator.comparing(OverdueItem::dueAt))
        .limit(limit)
        .toList();
  }

  /** REL-3: orders in delivery whose delivery period passed before the seller delivered. */
  private List<OverdueItem> pastDeliveryPeriod(int limit) {
    return jdbc.sql(
            "select o.order_id, o.delivery_due_at from ds_order o where o.delivery_overdue = true"
                + " and o.status = 'PROCESSING' and "
                + NOT_FROZEN
                + " order by o.delivery_due_at limit ?")
        .param(limit)
        .query(
            (row, number) ->
                new OverdueItem(
                    row.getString("order_id"),
                    null,
                    "Delivery period over",
                    "DELIVERY_PERIOD",
                    row.getObject("delivery_due_at", OffsetDateTime.class),
                    true))
        .list();
  }

  /** What an instance's business key names: an order, or a product under review. */
  private record Subject(String orderId, String productId) {
    static final Subject NONE = new Subject(null, null);
  }

  /**
   * The order is the business key of its delivery and appeal instances, the product that of its
   * release reviews; the billing run has none.
   */
  private Map<String, Subject> subjectsOf(Set<String> processInstanceIds) {
    processInstanceIds.remove(null);
    if (processInstanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Subject> subjects = new HashMap<>();
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list()) {
      if (instance.getBusinessKey() != null) {
        subjects.put(instance.getId(), new Subject(instance.getBusinessKey(), null));
      }
    }
    for (ProcessInstance review :
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceIds(processInstanceIds)
            .processDefinitionKey(ProductRelease.PROCESS_KEY)
            .list()) {
      subjects.put(review.getId(), new Subject(null, review.getBusinessKey()));
    }
    return subjects;
  }

  /** The name of the diagram element whose timer this is, read once per timer definition. */
  private String stepOf(Job timer) {
    return stepNames.computeIfAbsent(
        timer.getJobDefinitionId(),
        id -> {
          JobDefinition definition =
              managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
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
