package com.deliverysupervision.appeal;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;

/**
 * An appeal or dispute that the order's state, or the caller's part in it, does not allow now
 * (SAAS-6..SAAS-8, ALI-1). Thrown inside the appeal's first step, whichever channel started it: as
 * a form refusal, Camunda's REST API (and so Tasklist's start form) answers it with 400 and the
 * message; the application's API answers with {@link #status()}.
 */
public class AppealNotAllowedException extends FormFieldValidationException {
  private final HttpStatus status;

  AppealNotAllowedException(HttpStatus status, String field, String message) {
    super(field, message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  static AppealNotAllowedException notAParty(String orderId) {
    return new AppealNotAllowedException(
        HttpStatus.FORBIDDEN,
        DeliveryAppeal.APPELLANT,
        "Only the seller or the customer of order "
            + orderId
            + " may appeal or raise a dispute on it; operations managers and marketplace"
            + " administrators decide them.");
  }
}
