package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a body sent to Camunda's REST API without a declared length that reaches the limit ({@link
 * RequestBodiesLimited}) is answered 413 with the limit, as one declared too long is; reading it
 * failed with the limit's own exception inside Jersey's, which Camunda's handler answered 500.
 * Every other such failure goes on as before.
 */
@Component
// Nearer to Jersey's reading failures than MissingThingsAreNoServerErrors' unchecked exceptions.
@Priority(Priorities.USER - 2)
class OversizedBodiesAnswered implements ExceptionMapper<ProcessingException> {
  private final MissingThingsAreNoServerErrors otherwise;

  OversizedBodiesAnswered(MissingThingsAreNoServerErrors otherwise) {
    this.otherwise = otherwise;
  }

  @Override
  public Response toResponse(ProcessingException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodiesLimited.BodyTooLong tooLong) {
        return InvalidRequestAnswer.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE, tooLong.getMessage());
      }
    }
    return otherwise.toResponse(failure);
  }
}
