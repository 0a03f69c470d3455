package com.deliverysupervision.web;

import com.deliverysupervision.forms.FileRefused;
import com.deliverysupervision.process.RefusalsAreNoErrors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: Camunda's REST API wraps three refusals of the caller's request in answers of its own that
 * hide them or call them a failure of the server; they are answered 400 with the refusal's words
 * here, every other exception by Camunda's handler as before.
 *
 * <ul>
 *   <li>A process start that its first step refuses (an appeal the order does not allow now, a
 *       transfer of an entitlement that is not the caller's: {@code StepRefused}, a form field
 *       missing). Camunda answers it so on {@code .../submit-form}, which Tasklist uses, but with
 *       500 on {@code .../start}, which other systems call, and logs it as a failure of the server.
 *   <li>A file sent outside a form ({@link FileRefused}): the attachment resource answers whatever
 *       the engine refuses with "Task id is null".
 *   <li>A variable sent in Java's serialization format, which Camunda refuses (ENGINE-17007) but
 *       answers with 500 on a completion or a start, logged as a failure.
 * </ul>
 */
@Component
// Before Camunda's handler of the same exception, which has the default priority.
@Priority(Priorities.USER - 1)
class RefusalsAreBadRequests implements ExceptionMapper<RestException> {
  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && exception.getCause() instanceof FormFieldValidationException refusal) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, exception.getMessage()));
    }
    if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && exception.getCause() instanceof ProcessEngineException refusal
        && RefusalsAreNoErrors.isJavaSerializationRefused(refusal)) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, exception.getMessage()));
    }
    if (exception.getCause() instanceof FileRefused refusal) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, refusal.getMessage()));
    }
    return camunda.toResponse(exception);
  }
}
