package com.deliverysupervision.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input fields of a form, as far as the server validates them, and every variable the form
 * names, read-only ones included: what a submission of it may carry.
 */
record FormSchema(String formId, List<FormField> fields, Set<String> names) {
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "checkbox");

  /** A Camunda Form (form-js JSON); its id is the one user tasks reference by formRef. */
  static FormSchema parse(InputStream json, ObjectMapper mapper) {
    try {
      JsonNode root = mapper.readTree(json);
      List<FormField> fields = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      collect(root.path("components"), fields, names);
      return new FormSchema(root.path("id").asText(), List.copyOf(fields), Set.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is not valid JSON", e);
    }
  }

  /** Groups nest components; read-only and disabled fields are not the user's to fill. */
  private static void collect(JsonNode components, List<FormField> fields, Set<String> names) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields, names);
      boolean input = INPUT_TYPES.contains(component.path("type").asText());
      if (input && component.hasNonNull("key")) {
        names.add(component.get("key").asText());
      }
      boolean editable =
          !component.path("readonly").asBoolean(false)
              && !component.path("disabled").asBoolean(false);
      if (input && editable && component.hasNonNull("key")) {
        fields.add(field(component));
      }
    }
  }

  /** The fields the form shows without letting the user change them: read-only or disabled. */
  Set<String> shownOnly() {
    Set<String> shown = new LinkedHashSet<>(names);
    fields.forEach(field -> shown.remove(field.key()));
    return shown;
  }

  /** The values a radio or select offers, in the form's order; null for free input. */
  private static Set<String> options(JsonNode values) {
    if (!values.isArray() || values.isEmpty()) {
      return null;
    }
    Set<String> options = new LinkedHashSet<>();
    values.forEach(option -> options.add(option.path("value").asText()));
    return options;
  }

  private static FormField field(JsonNode component) {
    JsonNode validate = component.path("validate");
    String key = component.get("key").asText();
    String pattern = validate.path("pattern").asText("");
    return new FormField(
        key,
        component.path("label").asText(key),
        FormField.typeNamed(component.path("type").asText()),
        validate.path("required").asBoolean(false),
        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        pattern.isEmpty() ? null : Pattern.compile(pattern),
        "email".equals(validate.path("validationType").asText()),
        options(component.path("values")),
        null);
  }
}
