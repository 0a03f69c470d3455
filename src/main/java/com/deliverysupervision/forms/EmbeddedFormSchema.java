package com.deliverysupervision.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of an embedded HTML form (the kind Tasklist needs for file uploads, since
 * Camunda Forms 1.8 have no file picker): every input, textarea or select with a {@code
 * cam-variable-name} that is not read-only, its label from {@code aria-label}, and {@code
 * required}, {@code maxlength}, {@code accept} and {@code cam-max-filesize}; radio buttons of one
 * variable as one field that takes their values only. Our forms write these attributes one per tag,
 * plainly; a full HTML parser would add a library for what these few attributes need.
 */
final class EmbeddedFormSchema {
  private static final Pattern FIELD =
      Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:\\s*=\\s*\"([^\"]*)\")?");
  private static final long DEFAULT_MAX_FILE_BYTES = 5_000_000;

  private EmbeddedFormSchema() {}

  /**
   * @param resourceName the name user tasks reference as embedded:deployment:name
   */
  static FormSchema parse(String resourceName, String html) {
    List<FormField> fields = new ArrayList<>();
    Map<String, Attributes> radios = new LinkedHashMap<>();
    Map<String, Set<String>> choices = new LinkedHashMap<>();
    Matcher tag = FIELD.matcher(html);
    while (tag.find()) {
      Attributes attributes = new Attributes(tag.group(2));
      Optional<String> key =
          attributes
              .value("cam-variable-name")
              .filter(name -> !attributes.has("readonly") && !attributes.has("disabled"));
      if (key.isEmpty()) {
        continue;
      }
      if ("radio".equalsIgnoreCase(attributes.value("type").orElse(""))) {
        // The radio buttons of one variable are one field whose values they offer.
        radios.putIfAbsent(key.get(), attributes);
        choices
            .computeIfAbsent(key.get(), name -> new LinkedHashSet<>())
            .add(attributes.value("value").orElse(""));
      } else {
        fields.add(field(key.get(), attributes));
      }
    }
    radios.forEach(
        (key, attributes) ->
            fields.add(
                new FormField(
                    key,
                    attributes.value("aria-label").orElse(key),
                    attributes.has("required"),
                    null,
                    null,
                    null,
                    false,
                    Set.copyOf(choices.get(key)),
                    null)));
    return new FormSchema(resourceName, List.copyOf(fields));
  }

  private static FormField field(String key, Attributes attributes) {
    String label = attributes.value("aria-label").orElse(key);
    boolean required = attributes.has("required");
    if (!"File".equals(attributes.value("cam-variable-type").orElse(""))) {
      Integer maxLength = attributes.value("maxlength").map(Integer::valueOf).orElse(null);
      return FormField.text(key, label, required, maxLength);
    }
    Set<String> types =
        attributes.value("accept").stream()
            .flatMap(accept -> Arrays.stream(accept.split(",")))
            .map(type -> type.trim().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT))
            .filter(type -> !type.isEmpty())
            // In the form's order: refusals name them as the form's author listed them.
            .collect(Collectors.toCollection(LinkedHashSet::new));
    long maxBytes =
        attributes.value("cam-max-filesize").map(Long::valueOf).orElse(DEFAULT_MAX_FILE_BYTES);
    return new FormField(
        key, label, required, null, null, null, false, null, new FileRule(types, maxBytes));
  }

  private record Attributes(String text) {
    Optional<String> value(String name) {
      Matcher attribute = ATTRIBUTE.matcher(text);
      while (attribute.find()) {
        if (attribute.group(1).equalsIgnoreCase(name)) {
          return Optional.ofNullable(attribute.group(2)).or(() -> Optional.of(""));
        }
      }
      return Optional.empty();
    }

    boolean has(String name) {
      return value(name).isPresent();
    }
  }
}
