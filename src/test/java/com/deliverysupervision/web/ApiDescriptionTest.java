package com.deliverysupervision.web;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.catalogue.ListedProducts;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's API described in OpenAPI: every endpoint, with who may call it, and a request
 * example that works.
 */
@DeliveryApplicationTest
class ApiDescriptionTest {
  private static final String RESELLER = "reseller1";

  @Autowired ApiCalls api;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired TestUsers users;

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

  @Test
  @DisplayName(
      "Every operation of the application's API that takes a body offers a request example in its OpenAPI description")
  void everyBodyHasAnExample() throws Exception {
    JsonNode paths =
        mapper.readTree(api.get(TestOrders.CUSTOMER, "/v3/api-docs").getBody()).path("paths");
    List<String> withExample = new ArrayList<>();
    List<String> withoutExample = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          JsonNode body = operation.getValue().path("requestBody");
                          String key = operation.getKey().toUpperCase() + " " + path.getKey();
                          if (!body.isMissingNode()) {
                            (body.path("content").path("application/json").has("example")
                                    ? withExample
                                    : withoutExample)
                                .add(key);
                          }
                        }));
    assertThat(withoutExample).as("operations with a body but no example").isEmpty();
    assertThat(withExample)
        .as("every example names an operation that takes a body")
        .containsExactlyInAnyOrderElementsOf(ApiDescription.requestExamplesFrom(mapper).keySet());
  }

  @Test
  @DisplayName(
      "REL-4 LIC-7 GCP-3 ALL-3 each request example of the API's description is accepted as it stands (only its IDs made new), by the user it is for")
  void requestExamplesAreAccepted() throws Exception {
    Map<String, Object> examples = ApiDescription.requestExamplesFrom(mapper);
    if (identityService.createUserQuery().userId(RESELLER).count() == 0) {
      users.create(RESELLER, Roles.RESELLERS);
    }
    ListedProducts listing = new ListedProducts(api, mapper, taskService, users);
    String productJson = json(examples, "POST /api/products");
    String product = listing.listed(SELLER, productJson);
    String draft = listing.create(SELLER, productJson);
    accepted(
        api.put(SELLER, "/api/products/" + draft, json(examples, "PUT /api/products/{productId}")),
        HttpStatus.OK);
    accepted(
        api.post(
            CUSTOMER,
            "/api/products/" + product + "/quotes",
            json(examples, "POST /api/products/{productId}/quotes")),
        HttpStatus.OK);

    String orderId = TestOrders.newOrderId();
    Map<String, Object> order = body(examples, "POST /api/orders");
    order.put("orderId", orderId);
    order.put("productId", product);
    accepted(
        api.post(MARKETPLACE, "/api/orders", mapper.writeValueAsString(order)), HttpStatus.CREATED);
    accepted(
        api.post(
            CUSTOMER,
            "/api/orders/" + orderId + "/appeals",
            json(examples, "POST /api/orders/{orderId}/appeals")),
        HttpStatus.CREATED);
    Map<String, Object> renewal = body(examples, "POST /api/orders/{orderId}/renewals");
    renewal.put("renewalId", "R-" + orderId);
    ResponseEntity<String> renewed =
        api.post(
            MARKETPLACE,
            "/api/orders/" + orderId + "/renewals",
            mapper.writeValueAsString(renewal));
    assertThat(renewed.getStatusCode())
        .as("LIC-7 well formed, refused only as the order is still in supervision: %s", renewed)
        .isEqualTo(HttpStatus.CONFLICT);
    String entitlementId = "E-" + UUID.randomUUID();
    Map<String, Object> entitlement = body(examples, "POST /api/entitlements");
    entitlement.put("entitlementId", entitlementId);
    entitlement.put("orderId", orderId);
    accepted(
        api.post(MARKETPLACE, "/api/entitlements", mapper.writeValueAsString(entitlement)),
        HttpStatus.CREATED);
    accepted(
        api.post(
            CUSTOMER,
            "/api/entitlements/" + entitlementId + "/transfers",
            json(examples, "POST /api/entitlements/{entitlementId}/transfers")),
        HttpStatus.CREATED);
    accepted(
        api.put(
            MARKETPLACE,
            "/api/entitlements/" + entitlementId + "/state",
            json(examples, "PUT /api/entitlements/{entitlementId}/state")),
        HttpStatus.OK);
    accepted(
        api.post(
            MARKETPLACE,
            "/api/orders/" + orderId + "/termination",
            json(examples, "POST /api/orders/{orderId}/termination")),
        HttpStatus.OK);
  }

  private static void accepted(ResponseEntity<String> response, HttpStatus status) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
  }

  private String json(Map<String, Object> examples, String operation) throws Exception {
    return mapper.writeValueAsString(examples.get(operation));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Map<String, Object> examples, String operation) {
    return new HashMap<>((Map<String, Object>) examples.get(operation));
  }
}
