package com.deliverysupervision.web;

import com.deliverysupervision.identity.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ALL-2: the metrics (orders by status, open work per role) are the marketplace's business figures:
 * operations managers, administrators and the scrape accounts the configuration names ({@code
 * delivery.metrics.scrape-users}) read them, sellers, customers and resellers do not. Runs after
 * the login, which has answered 401 to a request without one.
 */
class MetricsReaders extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(MetricsReaders.class);

  private final IdentityService identityService;
  private final Set<String> scrapeUsers;
  private final ObjectMapper mapper;

  MetricsReaders(IdentityService identityService, Set<String> scrapeUsers, ObjectMapper mapper) {
    this.identityService = identityService;
    this.scrapeUsers = scrapeUsers;
    this.mapper = mapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = CurrentUser.of(identityService);
    if (user.seesAllOrders() || scrapeUsers.contains(user.userId())) {
      chain.doFilter(request, response);
      return;
    }
    log.info(
        "Metrics refused to {}: not an operations manager, administrator or scrape account",
        user.userId());
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    mapper.writeValue(
        response.getOutputStream(),
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "The metrics are for operations managers, marketplace administrators and the"
                + " configured scrape accounts."));
  }
}
