package com.deliverysupervision.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Replaces an engine API answer by one in Camunda's shape: {@code {"type", "message"}}. */
final class JsonAnswer {
  private JsonAnswer() {}

  static void replace(
      ContainerResponseContext response, Response.Status status, String type, String message) {
    response.setStatus(status.getStatusCode());
    response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
    response.setEntity(Map.of("type", type, "message", message));
  }

  /** The same answer made by an exception mapper. */
  static Response of(Response.Status status, String type, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message))
        .build();
  }
}
