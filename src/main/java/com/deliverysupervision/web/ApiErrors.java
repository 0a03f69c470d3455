package com.deliverysupervision.web;

import com.deliverysupervision.process.StepRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad input to the application's API with RFC 9457 problem details whose text says what to
 * correct (ALL-3), instead of Spring's generic "Invalid request content".
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  /** A step of a process that refused what the caller asked, with the status it says. */
  @ExceptionHandler(StepRefused.class)
  ResponseEntity<ProblemDetail> refused(StepRefused refusal) {
    return ResponseEntity.status(refusal.status())
        .body(ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        ex.getBindingResult().getFieldErrors().stream()
            .map(ApiErrors::describe)
            .sorted()
            .collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex.getCause()));
    problem.setTitle("Unreadable request");
    return ResponseEntity.badRequest().body(problem);
  }

  /** A query parameter that is not of its type: which one, and what it takes. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            ex.getPropertyName() + " " + ExpectedValues.of(ex.getRequiredType()));
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * Why the body could not be read, naming the field and what it takes, without the parser's own
   * words (class names, parser settings).
   */
  private static String unreadable(Throwable cause) {
    if (cause instanceof RequestBodiesLimited.BodyTooLong tooLong) {
      return tooLong.getMessage();
    }
    if (cause instanceof MismatchedInputException mismatch
        && !mismatch.getOriginalMessage().startsWith("Trailing token")) {
      return (mismatch.getPath().isEmpty() ? "The request body" : fieldPath(mismatch.getPath()))
          + " "
          + ExpectedValues.of(mismatch.getTargetType());
    }
    if (cause instanceof JsonProcessingException parsing && parsing.getLocation() != null) {
      return "The request body is not valid JSON (line "
          + parsing.getLocation().getLineNr()
          + ", column "
          + parsing.getLocation().getColumnNr()
          + ").";
    }
    return "The request needs a JSON body of the documented shape.";
  }

  private static String fieldPath(List<JsonMappingException.Reference> path) {
    StringBuilder names = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        names.append(names.isEmpty() ? "" : ".").append(step.getFieldName());
      } else {
        names.append('[').append(step.getIndex()).append(']');
      }
    }
    return names.toString();
  }

  /** A request parameter out of its constraints, named with what it must be. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                result.getMethodParameter().getParameterName()
                                    + " "
                                    + error.getDefaultMessage()))
            .sorted()
            .collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    return ResponseEntity.badRequest().body(problem);
  }

  private static String describe(FieldError error) {
    return error.getField() + " " + error.getDefaultMessage();
  }
}
