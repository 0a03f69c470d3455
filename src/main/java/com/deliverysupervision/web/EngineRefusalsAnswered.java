package com.deliverysupervision.web;

import com.deliverysupervision.process.RefusalsAreNoErrors;
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
 * ALL-3: requests that the engine refuses with an exception Camunda's REST API answers with 500, as
 * if the server had failed, are answered as the caller's doing, in Camunda's words:
 *
 * <ul>
 *   <li>a request on a process instance or execution that does not exist (it ended a moment ago, or
 *       never was), such as reading its variables, or on a task or job whose path names one that
 *       does not exist: 404, without Camunda's warning of a server error;
 *   <li>an evaluation of conditions ({@code POST /condition}) that starts nothing: 400, since no
 *       process here starts on a condition;
 *   <li>a query whose conditions the engine cannot take ({@code "tenantIdIn": [null]}, sorting by a
 *       variable without naming it, a variable condition on an object or a file): 400.
 * </ul>
 *
 * Every other such exception as Camunda answers it.
 */
@Component
// Before Camunda's handler of the same exception, which has the default priority.
@Priority(Priorities.USER - 1)
class EngineRefusalsAnswered implements ExceptionMapper<ProcessEngineException> {
  /** Camunda's code for "No subscriptions were found during evaluation of the conditional ...". */
  private static final String NO_CONDITIONAL_START = "ENGINE-13043";

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  private final UnknownIdsInPathAreNotFound unknownIds;

  EngineRefusalsAnswered(UnknownIdsInPathAreNotFound unknownIds) {
    this.unknownIds = unknownIds;
  }

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (RefusalsAreNoErrors.isUnknownThing(exception)) {
      return answer(Response.Status.NOT_FOUND, exception, exception.getMessage());
    }
    if (exception.getMessage() != null && exception.getMessage().startsWith(NO_CONDITIONAL_START)) {
      return answer(
          Response.Status.BAD_REQUEST,
          exception,
          "No process starts on these conditions: no process here has a conditional start event ("
              + exception.getMessage()
              + ")");
    }
    if (RefusalsAreNoErrors.isQueryConditionRefused(exception)) {
      return answer(
          Response.Status.BAD_REQUEST,
          exception,
          "The query's parameters cannot be used: " + exception.getMessage());
    }
    return unknownIds
        .answerBeforeServerError(exception)
        .orElseGet(() -> camunda.toResponse(exception));
  }

  private static Response answer(
      Response.Status status, ProcessEngineException exception, String message) {
    return new RestExceptionHandler().toResponse(new RestException(status, exception, message));
  }
}
