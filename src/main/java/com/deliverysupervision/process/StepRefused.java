package com.deliverysupervision.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;

/**
 * A process step that refuses what a party asked for: an appeal the order does not allow now, a
 * transfer the entitlement does not allow. Thrown inside the step, whichever channel started it: as
 * a form refusal, Camunda's REST API (and so Tasklist's start form) answers 400 with the message,
 * and the start is rolled back; the application's API answers with {@link #status()}.
 */
public class StepRefused extends FormFieldValidationException {
  private final HttpStatus status;

  public StepRefused(HttpStatus status, String field, String message) {
    super(field, message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
