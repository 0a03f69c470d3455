package com.deliverysupervision.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The application's own REST API (/api) in OpenAPI, at /v3/api-docs with Swagger UI at
 * /swagger-ui.html, both behind the API's login ({@link ApiAuthentication}): the description names
 * no order, but it is the map of what a logged-in user may call. Each operation says who may call
 * it and what it answers; every one answers bad input and refusals as RFC 9457 problem details.
 */
@Configuration
class ApiDescription {
  private static final String BASIC = "basic";
  static final String REQUEST_EXAMPLES = "openapi/request-examples.json";
  private static final Map<String, String> PROBLEMS =
      Map.of(
          "400", "Bad input: the problem's detail names what to correct; nothing changed",
          "401", "No login, or a wrong one: HTTP Basic with a Camunda user",
          "403", "Logged in, but the rules give this to another role",
          "404", "Nothing of that ID that the caller may see (also for others' orders, ALL-2)");

  @Bean
  OpenAPI deliverySupervisionApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Delivery Supervision API")
                .version("1")
                .description(
                    "Orders, appeals, products, entitlement transfers, notifications and"
                        + " operations. Log in with HTTP Basic as a Camunda user (the same logins"
                        + " as Tasklist). Tasks are completed through Camunda's own REST API at"
                        + " /engine-rest, documented by Camunda."))
        .externalDocs(
            new ExternalDocumentation()
                .description("Camunda 7.24 REST API (/engine-rest)")
                .url("https://docs.camunda.org/rest/camunda-bpm-platform/7.24/"))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** The answers every operation may give besides its own, as problem details. */
  @Bean
  OpenApiCustomizer problemAnswers() {
    return api -> {
      api.getComponents().addSchemas("ProblemDetail", problemDetail());
      api.getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          operation ->
                              PROBLEMS.forEach(
                                  (status, meaning) ->
                                      operation
                                          .getResponses()
                                          .putIfAbsent(status, problem(meaning)))));
    };
  }

  /**
   * A request body that works, for each operation that takes one (openapi/request-examples.json,
   * keyed "METHOD /path"): Swagger UI offers it to try, a client's developer copies it. The demo's
   * users and products; ApiDescriptionTest sends each as it stands.
   */
  @Bean
  OpenApiCustomizer requestExamples(ObjectMapper mapper) {
    Map<String, Object> examples = requestExamplesFrom(mapper);
    return api ->
        api.getPaths()
            .forEach(
                (path, item) ->
                    item.readOperationsMap()
                        .forEach(
                            (method, operation) -> {
                              Object example = examples.get(method + " " + path);
                              if (example != null && operation.getRequestBody() != null) {
                                operation
                                    .getRequestBody()
                                    .getContent()
                                    .values()
                                    .forEach(media -> media.setExample(example));
                              }
                            }));
  }

  /** Amounts stay as written (20.00, not 20.0). */
  static Map<String, Object> requestExamplesFrom(ObjectMapper mapper) {
    try (InputStream json = new ClassPathResource(REQUEST_EXAMPLES).getInputStream()) {
      return mapper
          .readerFor(new TypeReference<Map<String, Object>>() {})
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + REQUEST_EXAMPLES, e);
    }
  }

  /** RFC 9457, as Spring answers it. */
  private static Schema<?> problemDetail() {
    return new ObjectSchema()
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty(
            "detail", new StringSchema().example("Give the reason for the appeal or dispute."))
        .addProperty("instance", new StringSchema().example("/api/orders/DEMO-1/appeals"));
  }

  private static ApiResponse problem(String meaning) {
    return new ApiResponse()
        .description(meaning)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
  }
}
