package com.deliverysupervision.rules;

import java.time.OffsetDateTime;
import java.util.function.ToIntFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step of a {@link MonthlyRun}'s diagram: does its work as of the engine's now, keeps how many it
 * made in a variable of the run (Cockpit shows it) and logs it.
 */
public final class MonthlyRunStep implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(MonthlyRunStep.class);

  private final String made;
  private final ToIntFunction<OffsetDateTime> work;
  private final EngineClock clock;

  /**
   * @param made the variable that keeps the count, named as what was made: {@code billsGenerated}
   * @param work what the step does as of a time; returns how many it made
   */
  public MonthlyRunStep(String made, ToIntFunction<OffsetDateTime> work, EngineClock clock) {
    this.made = made;
    this.work = work;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = work.applyAsInt(clock.now());
    execution.setVariable(made, count);
    log.info(
        "{} in run {}: {} ({})",
        execution.getCurrentActivityName(),
        execution.getProcessInstanceId(),
        count,
        made);
  }
}
