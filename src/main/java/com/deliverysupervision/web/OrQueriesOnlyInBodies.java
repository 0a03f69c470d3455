package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ALL-3: Camunda's queries take alternative conditions ({@code orQueries}) only as a list in a
 * query's JSON body; as a URL parameter ({@code GET /task?orQueries=...}) its REST API fails to
 * read any value with 500. Such a request is answered 400 saying where the parameter goes.
 */
@Component
@Priority(Priorities.ENTITY_CODER)
class OrQueriesOnlyInBodies implements ContainerRequestFilter {
  static final String PARAMETER = "orQueries";

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.GET.equals(request.getMethod())
        && request.getUriInfo().getQueryParameters().containsKey(PARAMETER)) {
      request.abortWith(
          Response.status(Response.Status.BAD_REQUEST)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  Map.of(
                      "type",
                      "InvalidRequestException",
                      "message",
                      "orQueries is taken only as a list in the JSON body of the query's POST"
                          + " request (POST /task, for example), not as a URL parameter."))
              .build());
    }
  }
}
