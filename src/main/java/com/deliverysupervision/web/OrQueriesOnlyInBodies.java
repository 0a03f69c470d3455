package com.deliverysupervision.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
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
          InvalidRequestAnswer.of(
              "orQueries is taken only as a list in the JSON body of the query's POST request"
                  + " (POST /task, for example), not as a URL parameter."));
    }
  }
}
