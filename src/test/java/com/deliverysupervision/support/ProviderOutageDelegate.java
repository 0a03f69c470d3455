package com.deliverysupervision.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Fails like a delegate whose external system is down. */
public class ProviderOutageDelegate implements JavaDelegate {
  public static final String MESSAGE = "The billing provider did not answer within 30 seconds";

  @Override
  public void execute(DelegateExecution execution) {
    throw new IllegalStateException(MESSAGE);
  }
}
