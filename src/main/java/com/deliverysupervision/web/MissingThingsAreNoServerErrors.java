package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * ALL-3: Camunda fails on many requests on a task, job, instance or execution that does not exist
 * with a 500, which its handlers log as the server's failure, with its stack, before
 * UnknownIdsInPathAreNotFound makes the answer the 404 it is: reading a deleted task's variables (a
 * {@code RestException}, "task is null"), its form ({@code NullPointerException}), its identity
 * links; and a completion that lost its race (LostRaceAnswer's 409). Such a request is answered
 * before Camunda's handler, and nothing is logged as a failure; every other exception as Camunda
 * answers it. The same check runs in the application's other mappers of Camunda's exceptions, each
 * nearer to its exceptions than this one: EngineRefusalsAnswered, RefusalsAreBadRequests.
 */
@Component
// Nearer to unchecked exceptions than Camunda's handler of every Throwable.
@Priority(Priorities.USER - 1)
class MissingThingsAreNoServerErrors implements ExceptionMapper<RuntimeException> {
  private final ExceptionHandler camunda = new ExceptionHandler();
  private final UnknownIdsInPathAreNotFound unknownIds;

  MissingThingsAreNoServerErrors(UnknownIdsInPathAreNotFound unknownIds) {
    this.unknownIds = unknownIds;
  }

  @Override
  public Response toResponse(RuntimeException failure) {
    return unknownIds.answerBeforeServerError(failure).orElseGet(() -> camunda.toResponse(failure));
  }
}
