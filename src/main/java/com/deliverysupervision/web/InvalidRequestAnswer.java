package com.deliverysupervision.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A refusal of a request to Camunda's REST API, in the form of Camunda's own (400 unless told). */
final class InvalidRequestAnswer {
  private InvalidRequestAnswer() {}

  static Response of(String message) {
    return of(Response.Status.BAD_REQUEST, message);
  }

  static Response of(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", message))
        .build();
  }
}
