package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: an evaluation of conditions ({@code POST /condition}) that starts nothing is the caller's
 * doing, answered 400; no process here starts on a condition. Camunda answers it with 500, as if
 * the server had failed. Every other exception as Camunda answers it.
 */
@Component
// Before Camunda's handler of the same exception, which has the default priority.
@Priority(Priorities.USER - 1)
class NothingStartsOnConditions implements ExceptionMapper<ProcessEngineException> {
  /** Camunda's code for "No subscriptions were found during evaluation of the conditional ...". */
  private static final String NO_CONDITIONAL_START = "ENGINE-13043";

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (exception.getMessage() != null && exception.getMessage().startsWith(NO_CONDITIONAL_START)) {
      return new RestExceptionHandler()
          .toResponse(
              new RestException(
                  Response.Status.BAD_REQUEST,
                  exception,
                  "No process starts on these conditions: no process here has a conditional start"
                      + " event ("
                      + exception.getMessage()
                      + ")"));
    }
    return camunda.toResponse(exception);
  }
}
