package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3, ALL-6: a file variable sent without its name ({@code "type": "File"} and no {@code
 * valueInfo.filename}) is the caller's mistake, but Camunda's REST API fails reading it with an
 * {@link IllegalArgumentException} and answers 500. It is answered 400 saying what is missing, and
 * so is a file whose value is no content (a number); every other such exception as Camunda answers
 * it.
 */
@Component
@Priority(Priorities.USER - 1)
class NamelessFilesRefused implements ExceptionMapper<IllegalArgumentException> {
  private static final String CAMUNDA_SAYS = "Cannot create file without filename";
  static final String REFUSAL =
      "A file was sent without its name: give it in the value's valueInfo.filename.";

  private final ExceptionHandler camunda = new ExceptionHandler();

  private static final String CAMUNDA_SAYS_OF_CONTENT = "Provided value is not of File";
  static final String CONTENT_REFUSAL =
      "A file's value must be its content, encoded in Base64, not a number or an object.";

  @Override
  public Response toResponse(IllegalArgumentException exception) {
    String message = exception.getMessage() == null ? "" : exception.getMessage();
    if (message.startsWith(CAMUNDA_SAYS)) {
      return refused(exception, REFUSAL);
    }
    if (message.startsWith(CAMUNDA_SAYS_OF_CONTENT)) {
      return refused(exception, CONTENT_REFUSAL);
    }
    return camunda.toResponse(exception);
  }

  private static Response refused(IllegalArgumentException exception, String refusal) {
    return new RestExceptionHandler()
        .toResponse(new RestException(Response.Status.BAD_REQUEST, exception, refusal));
  }
}
