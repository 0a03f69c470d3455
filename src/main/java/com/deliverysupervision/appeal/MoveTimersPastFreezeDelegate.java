package com.deliverysupervision.appeal;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Move the timers past the frozen time" (SAAS-8, ALI-1): the frozen flow's timers move later by
 * the time it stood frozen, so the frozen days count neither against the customer's 5 days nor the
 * 3 hours; its open steps' due dates, which show when their timers fire, move with them. Done while
 * the flow is still frozen; activating it is the next step's own transaction, since Camunda's
 * activation rewrites the same job rows.
 */
@Component
class MoveTimersPastFreezeDelegate implements JavaDelegate {
  private final ManagementService managementService;
  private final TaskService taskService;

  MoveTimersPastFreezeDelegate(ManagementService managementService, TaskService taskService) {
    this.managementService = managementService;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String flow = (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    Date frozenAt = (Date) execution.getVariable(DeliveryAppeal.FROZEN_AT);
    long frozenMillis = ClockUtil.getCurrentTime().getTime() - frozenAt.getTime();
    // The operations manager decides; moving the flow's timers is the engine's part.
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              for (Job timer :
                  managementService.createJobQuery().processInstanceId(flow).timers().list()) {
                managementService.setJobDuedate(
                    timer.getId(), new Date(timer.getDuedate().getTime() + frozenMillis));
              }
              for (Task step : taskService.createTaskQuery().processInstanceId(flow).list()) {
                if (step.getDueDate() != null) {
                  step.setDueDate(new Date(step.getDueDate().getTime() + frozenMillis));
                  taskService.saveTask(step);
                }
              }
              return null;
            });
    execution.setVariable("frozenForMinutes", frozenMillis / 60_000);
  }
}
