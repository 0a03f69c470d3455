package com.deliverysupervision.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic authentication against Camunda's users for Camunda's REST API and the application's
 * own, with Camunda's filter: it sets the engine's current authentication for the request, so the
 * engine's authorization checks and the application's apply to the same user (ALL-2). The web
 * applications (Tasklist, Cockpit, Admin) keep their own session login.
 */
@Configuration
class ApiAuthentication {
  private static final String METRICS = "/actuator/prometheus";
  private static final int LOGIN = Ordered.LOWEST_PRECEDENCE - 10;
  private static final int AFTER_LOGIN = LOGIN + 1;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("engine-rest-authentication", "/engine-rest", "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicationApiAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        basicAuthentication("api-authentication", "", "/api/*");
    registration.setFilter(new BasicUnlessSessionUser());
    return registration;
  }

  /** Pages inside Tasklist call the API with the web applications' login session. */
  @Bean
  FilterRegistrationBean<TasklistSessionLogin> tasklistSessionLogin(
      IdentityService identityService, CamundaBpmProperties camunda) {
    var cache = camunda.getWebapp().getAuth().getCache();
    FilterRegistrationBean<TasklistSessionLogin> registration =
        new FilterRegistrationBean<>(
            new TasklistSessionLogin(
                identityService, cache.isTtlEnabled() ? cache.getTimeToLive() : null));
    registration.setName("tasklist-session-login");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(LOGIN - 1);
    return registration;
  }

  /** HTTP Basic, unless the web applications' session already told who the user is. */
  static class BasicUnlessSessionUser extends ProcessEngineAuthenticationFilter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (request.getAttribute(TasklistSessionLogin.SESSION_USER) != null) {
        chain.doFilter(request, response);
      } else {
        super.doFilter(request, response, chain);
      }
    }
  }

  /** The API's description and Swagger UI: for those who may call the API. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiDescriptionAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        basicAuthentication("api-description-authentication", "", "/v3/api-docs/*");
    registration.addUrlPatterns("/swagger-ui.html", "/swagger-ui/*");
    return registration;
  }

  /** Metrics tell about every order: only with a login. Health stays open for load balancers. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> metricsAuthentication() {
    return basicAuthentication("metrics-authentication", "", METRICS);
  }

  /** ... and only for those who run the marketplace (ALL-2). */
  @Bean
  FilterRegistrationBean<MetricsReaders> metricsReaders(
      IdentityService identityService,
      @Value("${delivery.metrics.scrape-users:}") Set<String> scrapeUsers,
      ObjectMapper mapper) {
    FilterRegistrationBean<MetricsReaders> registration =
        new FilterRegistrationBean<>(new MetricsReaders(identityService, scrapeUsers, mapper));
    registration.setName("metrics-readers");
    registration.addUrlPatterns(METRICS);
    registration.setOrder(AFTER_LOGIN);
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String name, String prefix, String urlPattern) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, prefix);
    registration.setOrder(LOGIN);
    return registration;
  }
}
