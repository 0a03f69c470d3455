package com.deliverysupervision.appeal;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The time a delivery stood frozen counts against nobody (SAAS-8, ALI-1): its timers, and its open
 * steps' due dates, which show when their timers fire, move later by it. The appeal keeps how far
 * they moved ({@link DeliveryAppeal#FROZEN_TIME_MOVED}), so that each move takes only the time not
 * counted yet: the decision moves them by the time up to it, the resumption by the minutes its job
 * waited after the decision.
 */
@Component
class FrozenTime {
  private final ManagementService managementService;
  private final TaskService taskService;

  FrozenTime(ManagementService managementService, TaskService taskService) {
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /** The frozen time, up to now, that the delivery's timers have not been moved by yet. */
  long notMovedYet(DelegateExecution appeal) {
    Date frozenAt = (Date) appeal.getVariable(DeliveryAppeal.FROZEN_AT);
    return ClockUtil.getCurrentTime().getTime() - frozenAt.getTime() - movedSoFar(appeal);
  }

  /**
   * The frozen time since the decision moved the timers. None for an appeal decided before the
   * application kept how far they moved (its resumption pending across an upgrade): moving by all
   * of its frozen time again would count it twice.
   */
  long sinceTheDecision(DelegateExecution appeal) {
    return appeal.hasVariable(DeliveryAppeal.FROZEN_TIME_MOVED) ? notMovedYet(appeal) : 0;
  }

  /** Notes on the appeal that the delivery's timers were moved by so much more. */
  void noteMoved(DelegateExecution appeal, long millis) {
    long total = movedSoFar(appeal) + millis;
    appeal.setVariable(DeliveryAppeal.FROZEN_TIME_MOVED, total);
    appeal.setVariable("frozenForMinutes", total / 60_000);
  }

  /**
   * Moves the frozen delivery's timers and its open steps' due dates later. The operations manager
   * decides; moving the delivery's timers is the engine's part.
   */
  void moveTimers(String flow, long millis) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              for (Job timer :
                  managementService.createJobQuery().processInstanceId(flow).timers().list()) {
                managementService.setJobDuedate(
                    timer.getId(), new Date(timer.getDuedate().getTime() + millis));
              }
              for (Task step : taskService.createTaskQuery().processInstanceId(flow).list()) {
                if (step.getDueDate() != null) {
                  step.setDueDate(new Date(step.getDueDate().getTime() + millis));
                  taskService.saveTask(step);
                }
              }
              return null;
            });
  }

  private static long movedSoFar(DelegateExecution appeal) {
    Long moved = (Long) appeal.getVariable(DeliveryAppeal.FROZEN_TIME_MOVED);
    return moved == null ? 0 : moved;
  }
}
