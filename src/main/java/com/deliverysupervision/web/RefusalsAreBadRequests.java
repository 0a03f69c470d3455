package com.deliverysupervision.web;

import com.deliverysupervision.process.RefusalsAreNoErrors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: Camunda's REST API wraps refusals of the caller's request in answers of its own that hide
 * them or call them a failure of the server; they are answered 400 with the refusal's words here,
 * every other exception by Camunda's handler as before.
 *
 * <ul>
 *   <li>A process start that its first step refuses (an appeal the order does not allow now, a
 *       transfer of an entitlement that is not the caller's: {@code StepRefused}, a form field
 *       missing). Camunda answers it so on {@code .../submit-form}, which Tasklist uses, but with
 *       500 on {@code .../start}, which other systems call, and logs it as a failure of the server.
 *   <li>Any other refusal the engine calls the caller's ({@link BadUserRequestException}) that a
 *       resource answers with 500, such as a signal to an execution that does not exist.
 *   <li>A refusal with its reason ({@link RefusedWithReason}) where the resource puts words of its
 *       own: a file sent outside a form, which the attachment resource answers "Task id is null"; a
 *       comment refused, which the comment resource answers "Not enough parameters submitted".
 *   <li>A variable sent as an object (Java's serialization format, which Camunda refuses,
 *       ENGINE-17007, or a format nothing here reads), which Camunda answers with 500 on a
 *       completion or a start, logged as a failure.
 * </ul>
 *
 * A failure on a task or job that does not exist (reading a deleted task's variables: "task is
 * null", 500) is answered 404 ({@link MissingThingsAreNoServerErrors}).
 */
@Component
// Before Camunda's handler of the same exception, which has the default priority.
@Priority(Priorities.USER - 1)
class RefusalsAreBadRequests implements ExceptionMapper<RestException> {
  private final RestExceptionHandler camunda = new RestExceptionHandler();
  private final UnknownIdsInPathAreNotFound unknownIds;

  RefusalsAreBadRequests(UnknownIdsInPathAreNotFound unknownIds) {
    this.unknownIds = unknownIds;
  }

  @Override
  public Response toResponse(RestException exception) {
    if (exception.getCause() instanceof RefusedWithReason refusal) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, refusal.getMessage()));
    }
    if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && exception.getCause() instanceof Exception refusal
        && isCallersDoing(refusal)) {
      return camunda.toResponse(
          new RestException(Response.Status.BAD_REQUEST, refusal, exception.getMessage()));
    }
    return unknownIds
        .answerBeforeServerError(exception)
        .orElseGet(() -> camunda.toResponse(exception));
  }

  private static boolean isCallersDoing(Throwable refusal) {
    return refusal instanceof FormFieldValidationException
        || refusal instanceof BadUserRequestException
        || RefusalsAreNoErrors.isObjectValueRefused(refusal);
  }
}
