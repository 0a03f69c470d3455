package com.deliverysupervision.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Fails on its first run only, like a call to a system that was briefly down. */
public class FailOnceDelegate implements JavaDelegate {
  public static final AtomicBoolean FAILED = new AtomicBoolean();

  @Override
  public void execute(DelegateExecution execution) {
    if (FAILED.compareAndSet(false, true)) {
      throw new IllegalStateException("The notification service was briefly unavailable");
    }
  }
}
