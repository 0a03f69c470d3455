package com.deliverysupervision.appeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
  private final FrozenTime frozenTime;

  MoveTimersPastFreezeDelegate(FrozenTime frozenTime) {
    this.frozenTime = frozenTime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long frozen = frozenTime.notMovedYet(execution);
    frozenTime.moveTimers(
        (String) execution.getVariable(DeliveryAppeal.SUPERVISION_INSTANCE_ID), frozen);
    frozenTime.noteMoved(execution, frozen);
  }
}
