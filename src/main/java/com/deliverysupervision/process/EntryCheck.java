package com.deliverysupervision.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A rule's check of one entry a party makes on a form, beyond the form's own checks (LIC-4's
 * enabling time, LIC-3's delivery content): run when the party sends it with the task's completion,
 * and again when an administrator changes it by hand.
 */
public interface EntryCheck {
  /** Where a party enters it: the diagram, the user task whose form asks for it, the variable. */
  record Entry(String processKey, String taskKey, String variable) {}

  Entry entry();

  /**
   * What is wrong with the value in this instance, in words for whoever entered it; empty if
   * nothing. A value of another type than the form's is the form's to refuse.
   */
  Optional<String> problemWith(Object value, DelegateExecution instance);
}
