package com.deliverysupervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's API described in OpenAPI: every endpoint, with who may call it. */
@DeliveryApplicationTest
class ApiDescriptionTest {
  @Autowired ApiCalls api;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  @DisplayName(
      "Every endpoint of the application's API is in its OpenAPI description, with a summary, who may call it and its problem answers")
  void everyEndpointIsDescribed() throws Exception {
    JsonNode paths =
        mapper.readTree(api.get(TestOrders.CUSTOMER, "/v3/api-docs").getBody()).path("paths");
    List<String> missing = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                  continue;
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                  JsonNode operation = paths.path(path).path(verb.name().toLowerCase());
                  if (operation.path("summary").asText().isBlank()
                      || operation.path("description").asText().isBlank()
                      || operation.path("responses").path("403").isMissingNode()) {
                    missing.add(verb + " " + path);
                  }
                }
              }
            });
    assertThat(missing).as("endpoints missing from /v3/api-docs or undescribed").isEmpty();
  }

  @Test
  @DisplayName(
      "ALL-2 the API's description and Swagger UI are behind the API's login; Camunda's REST documentation is linked")
  void behindLogin() throws Exception {
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.get(TestOrders.CUSTOMER, "/swagger-ui/index.html").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            mapper
                .readTree(api.get(TestOrders.CUSTOMER, "/v3/api-docs").getBody())
                .path("externalDocs")
                .path("url")
                .asText())
        .contains("docs.camunda.org/rest");
  }
}
