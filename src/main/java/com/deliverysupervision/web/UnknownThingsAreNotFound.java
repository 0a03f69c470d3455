package com.deliverysupervision.web;

import com.deliverysupervision.process.RefusalsAreNoErrors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a request on a process instance or execution that does not exist (it ended a moment ago,
 * or never was), such as reading its variables, is answered 404 in Camunda's words; Camunda answers
 * 500, as if the server had failed. Every other such exception as Camunda answers it.
 */
@Component
@Priority(Priorities.USER - 1)
class UnknownThingsAreNotFound implements ExceptionMapper<NullValueException> {
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(NullValueException exception) {
    if (RefusalsAreNoErrors.isUnknownThing(exception)) {
      return new RestExceptionHandler()
          .toResponse(
              new RestException(Response.Status.NOT_FOUND, exception, exception.getMessage()));
    }
    return camunda.toResponse(exception);
  }
}
