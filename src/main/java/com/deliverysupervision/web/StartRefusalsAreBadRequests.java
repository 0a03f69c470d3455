package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a process start that its first step refuses (an appeal the order does not allow now, a
 * transfer of an entitlement that is not the caller's: {@code StepRefused}, a form field missing)
 * is the caller's bad request. Camunda's REST API answers it so on {@code .../submit-form}, which
 * Tasklist uses, but with 500 on {@code .../start}, which other systems call, and logs it as a
 * failure of the server. This answers 400 there too, with Camunda's own body and logging; every
 * other exception is answered by Camunda's handler as before.
 */
@Component
// Before Camunda's handler of the same exception, which has the default priority.
@Priority(Priorities.USER - 1)
class StartRefusalsAreBadRequests implements ExceptionMapper<RestException> {
  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && exception.getCause() instanceof FormFieldValidationException refusal) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, exception.getMessage()));
    }
    return camunda.toResponse(exception);
  }
}
