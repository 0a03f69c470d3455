package com.deliverysupervision.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ContainerRequest;
import org.springframework.stereotype.Component;

/**
 * ALL-3: a request to Camunda's REST APIs whose parameters or JSON text hold a control character
 * (other than a line break or a tab) is answered 400 before the engine sees it. PostgreSQL refuses
 * a NUL in any text, and Camunda answered such a task query, process start or signal with 500, one
 * of them with the application's SQL in its message. Text in JSON is read token by token, so that
 * an escaped backslash ({@code "\\u0000"} as written text) is no control character.
 */
@Component
@Priority(Priorities.ENTITY_CODER)
class ControlCharactersRefused implements ContainerRequestFilter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Optional<String> where =
        inParameters(request.getUriInfo().getQueryParameters())
            .or(() -> inParameters(request.getUriInfo().getPathParameters()));
    MediaType type = request.getMediaType();
    boolean form = type != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
    if (where.isEmpty() && request.hasEntity() && type != null && (form || isJson(type))) {
      // Buffered, the entity is read again by the resource; read as a stream, it is not copied.
      ContainerRequest entity = (ContainerRequest) request;
      entity.bufferEntity();
      where =
          form
              ? inParameters(entity.readEntity(Form.class).asMap())
              : inJson(entity.readEntity(InputStream.class));
    }
    where.ifPresent(
        place ->
            request.abortWith(
                InvalidRequestAnswer.of(
                    place
                        + " may not contain control characters other than line breaks and tabs.")));
  }

  private static Optional<String> inParameters(Map<String, List<String>> parameters) {
    return parameters.entrySet().stream()
        .filter(
            parameter ->
                TextRules.hasControlCharacters(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(TextRules::hasControlCharacters))
        .map(parameter -> "The parameter " + parameter.getKey().replaceAll("\\p{Cntrl}", "?"))
        .findFirst();
  }

  /** JSON and its kinds ({@code application/hal+json}), which Camunda's resources read too. */
  private static boolean isJson(MediaType type) {
    return "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  /** Where in the body a name or text holds one; empty also for a body that is no JSON. */
  private static Optional<String> inJson(InputStream body) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        // Read in place: a file's content in Base64 is megabytes of text.
        if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
            && TextRules.hasControlCharacters(
                CharBuffer.wrap(
                    parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()))) {
          return Optional.of("The text at " + parser.getParsingContext().pathAsPointer());
        }
      }
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return Optional.empty();
    }
  }
}
