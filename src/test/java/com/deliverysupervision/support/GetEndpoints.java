package com.deliverysupervision.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint the application answers, from the sources that define them rather than from a
 * list someone remembers: Camunda's REST API as Camunda's own OpenAPI description lists it (the
 * {@code camunda-engine-rest-openapi} artifact of the engine's version), the application's
 * controllers as Spring maps them, and the actuator's endpoints.
 */
public final class GetEndpoints {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /**
   * An endpoint's path with its parameters in braces, and the query parameters it requires.
   *
   * @param template e.g. {@code /engine-rest/process-instance/{id}/variables}
   */
  public record Endpoint(String template, List<String> requiredQueryParameters) {
    public List<String> pathParameters() {
      List<String> names = new ArrayList<>();
      Matcher matcher = PARAMETER.matcher(template);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }
  }

  private GetEndpoints() {}

  /** Camunda's REST API under {@code /engine-rest}. */
  public static List<Endpoint> ofCamunda(ObjectMapper mapper) throws IOException {
    JsonNode paths;
    try (InputStream description = GetEndpoints.class.getResourceAsStream("/openapi.json")) {
      paths = mapper.readTree(Objects.requireNonNull(description, "openapi.json")).path("paths");
    }
    List<Endpoint> endpoints = new ArrayList<>();
    paths
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().get("get");
              if (get != null) {
                List<String> required = new ArrayList<>();
                get.path("parameters")
                    .forEach(
                        parameter -> {
                          if ("query".equals(parameter.path("in").asText())
                              && parameter.path("required").asBoolean()) {
                            required.add(parameter.path("name").asText());
                          }
                        });
                endpoints.add(new Endpoint("/engine-rest" + path.getKey(), required));
              }
            });
    return endpoints;
  }

  /** The application's controllers and the actuator's endpoints. */
  public static List<Endpoint> ofApplication(
      RequestMappingHandlerMapping controllers, PathMappedEndpoints actuator) {
    Stream<String> mapped =
        controllers.getHandlerMethods().keySet().stream()
            .filter(GetEndpoints::answersGet)
            .flatMap(info -> info.getPatternValues().stream());
    Stream<String> actuatorPaths =
        Stream.concat(Stream.of(actuator.getBasePath()), actuator.getAllPaths().stream());
    return Stream.concat(mapped, actuatorPaths)
        .distinct()
        .sorted()
        .map(path -> new Endpoint(path, List.of()))
        .toList();
  }

  private static boolean answersGet(RequestMappingInfo info) {
    var methods = info.getMethodsCondition().getMethods();
    return methods.isEmpty() || methods.contains(RequestMethod.GET);
  }
}
