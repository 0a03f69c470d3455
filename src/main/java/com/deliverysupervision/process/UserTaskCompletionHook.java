package com.deliverysupervision.process;

/**
 * Runs when any user task of any diagram completes, whether Tasklist, the REST API or Java
 * completes it, in the completion's transaction. A hook that refuses the completion throws {@link
 * org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException}: nothing is changed, and
 * Camunda's REST API answers 400 with the message.
 */
public interface UserTaskCompletionHook {
  void onCompletion(CompletedTask task);
}
