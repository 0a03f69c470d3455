package com.deliverysupervision.process;

/**
 * A check that every user task of every diagram passes when it completes, whether Tasklist, the
 * REST API or Java completes it. A check that fails throws {@link
 * org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException}: the completion is
 * refused, nothing is changed, and Camunda's REST API answers 400 with the message.
 */
public interface CompletionCheck {
  void check(CompletedTask task);
}
