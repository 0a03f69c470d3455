package com.deliverysupervision.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.process.FormParts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ALI-6 over the forms as deployed: every step of every Alibaba diagram shows the order. */
class OrderDetailsOnEveryStepTest {
  private static final List<String> ORDER =
      List.of("orderId", "specification", "deliveryId", "productId");
  private static final List<String> CONTACT =
      List.of("contactName", "contactPhone", "contactEmail");
  private static final Pattern EMBEDDED_FIELD =
      Pattern.compile("<(?:input|textarea)[^>]*cam-variable-name=\"(\\w+)\"[^>]*>");

  static Stream<Path> alibabaDiagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("alibaba-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "ALI-6 {0}")
  @DisplayName(
      "ALI-6 every step of every Alibaba diagram shows the order details and the customer's contact")
  @MethodSource("alibabaDiagrams")
  void everyStepShowsTheOrderAndTheCustomersContact(Path diagram) throws IOException {
    for (UserTask task :
        Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(UserTask.class)) {
      Fields fields = fieldsOf(task);
      assertThat(fields.readOnly()).as("order details of %s", task.getId()).containsAll(ORDER);
      // Submit demand is where the customer enters its contact; every later step shows it.
      assertThat(fields.all()).as("customer's contact in %s", task.getId()).containsAll(CONTACT);
    }
  }

  private record Fields(Set<String> all, Set<String> readOnly) {}

  private static String part(String name) {
    try {
      return Files.readString(Path.of("forms", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Fields fieldsOf(UserTask task) throws IOException {
    Fields fields = new Fields(new HashSet<>(), new HashSet<>());
    if (task.getCamundaFormRef() != null) {
      collect(
          new ObjectMapper()
              .readTree(Path.of("forms", task.getCamundaFormRef() + ".form").toFile())
              .path("components"),
          fields);
    } else {
      // As deployed: with the parts the form includes.
      String html =
          FormParts.expand(
              Files.readString(
                  Path.of(task.getCamundaFormKey().replaceFirst("^embedded:deployment:", ""))),
              OrderDetailsOnEveryStepTest::part);
      Matcher field = EMBEDDED_FIELD.matcher(html);
      while (field.find()) {
        fields.all().add(field.group(1));
        if (field.group().contains(" readonly")) {
          fields.readOnly().add(field.group(1));
        }
      }
    }
    return fields;
  }

  private static void collect(JsonNode components, Fields fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      if (component.hasNonNull("key")) {
        fields.all().add(component.path("key").asText());
        if (component.path("readonly").asBoolean(false)) {
          fields.readOnly().add(component.path("key").asText());
        }
      }
    }
  }
}
