package com.deliverysupervision.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Reads the fields of an embedded HTML form (the kind Tasklist needs for file uploads, since
 * Camunda Forms 1.8 have no file picker): every input, textarea or select with a {@code
 * cam-variable-name} that is not read-only, its label from {@code aria-label}, and {@code
 * required}, {@code maxlength}, {@code pattern} (the whole value matches), {@code type="email"},
 * {@code accept} and {@code cam-max-filesize}; a select takes the values of its options only. A
 * file input says it is required with {@code aria-required="true"} (screen readers announce it;
 * Tasklist does not validate it): with {@code required}, Tasklist's form validation, which cannot
 * see a picked file, would keep Complete disabled. Radio buttons are not used: Tasklist declares
 * their variable once per button and fails to load the form. Our forms write these attributes one
 * per tag, plainly; a full HTML parser would add a library for what these few attributes need.
 */
final class EmbeddedFormSchema {
  private static final Pattern FIELD =
      Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:\\s*=\\s*\"([^\"]*)\")?");
  private static final Pattern OPTION =
      Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final long DEFAULT_MAX_FILE_BYTES = 5_000_000;

  private EmbeddedFormSchema() {}

  /**
   * @param resourceName the name user tasks reference as embedded:deployment:name
   */
  static FormSchema parse(String resourceName, String html) {
    List<FormField> fields = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    Matcher tag = FIELD.matcher(html);
    while (tag.find()) {
      Attributes attributes = new Attributes(tag.group(2));
      attributes.value("cam-variable-name").ifPresent(names::add);
      Optional<String> key =
          attributes
              .value("cam-variable-name")
              .filter(name -> !attributes.has("readonly") && !attributes.has("disabled"));
      if (key.isEmpty()) {
        continue;
      }
      if ("select".equalsIgnoreCase(tag.group(1))) {
        fields.add(choice(key.get(), attributes, optionsAfter(html, tag.end())));
      } else {
        fields.add(field(key.get(), attributes));
      }
    }
    return new FormSchema(resourceName, List.copyOf(fields), Set.copyOf(names));
  }

  /** The values of the options up to the select's end; the empty "Choose" option is no value. */
  private static Set<String> optionsAfter(String html, int from) {
    int end = html.indexOf("</select>", from);
    Matcher option = OPTION.matcher(html.substring(from, end < 0 ? html.length() : end));
    Set<String> values = new LinkedHashSet<>();
    while (option.find()) {
      values.add(option.group(1));
    }
    return values;
  }

  private static FormField choice(String key, Attributes attributes, Set<String> values) {
    return new FormField(
        key,
        attributes.value("aria-label").orElse(key),
        typeOf(attributes),
        attributes.has("required"),
        null,
        null,
        null,
        false,
        Set.copyOf(values),
        null);
  }

  private static FormField field(String key, Attributes attributes) {
    String label = attributes.value("aria-label").orElse(key);
    if (!"File".equals(attributes.value("cam-variable-type").orElse(""))) {
      return new FormField(
          key,
          label,
          typeOf(attributes),
          attributes.has("required"),
          null,
          attributes.value("maxlength").map(Integer::valueOf).orElse(null),
          attributes.value("pattern").map(Pattern::compile).orElse(null),
          attributes.value("type").filter("email"::equalsIgnoreCase).isPresent(),
          null,
          null);
    }
    boolean required = attributes.value("aria-required").filter("true"::equals).isPresent();
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
        key,
        label,
        FileValue.class,
        required,
        null,
        null,
        null,
        false,
        null,
        new FileRule(types, maxBytes));
  }

  /** An input without cam-variable-type submits its text. */
  private static Class<?> typeOf(Attributes attributes) {
    return FormField.typeNamed(attributes.value("cam-variable-type").orElse("String"));
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
