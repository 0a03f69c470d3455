package com.deliverysupervision.forms;

import com.deliverysupervision.web.TextRules;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * One input field of a form, with the validation that the browser applies and that {@link
 * SubmittedFormCheck} applies again on the server.
 *
 * @param type the Java type of the value the form submits (String, Date, Number, Boolean): a value
 *     of another type (a file or a number under a text field) is refused, since a REST caller can
 *     send any type and the checks below read only its text
 * @param options the values a radio or select field offers; null for free input
 * @param file what a file field accepts; null for other fields
 */
record FormField(
    String key,
    String label,
    Class<?> type,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Pattern pattern,
    boolean email,
    Set<String> options,
    FileRule file) {

  /** A field's type as its form's author declared it (Camunda's variable type names). */
  static Class<?> typeNamed(String camundaType) {
    return switch (camundaType.toLowerCase(Locale.ROOT)) {
      case "date" -> Date.class;
      case "boolean", "checkbox" -> Boolean.class;
      case "integer", "long", "short", "double", "number" -> Number.class;
      default -> String.class;
    };
  }

  private static final Map<Class<?>, String> KINDS =
      Map.of(
          Date.class, "a date and time",
          Boolean.class, "yes or no",
          Number.class, "a number");

  // form-js's own e-mail pattern is looser than RFC 5322 too; this one asks for a@b.c.
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  /**
   * What is wrong with the value, in words for the person who filled the form; empty if nothing.
   */
  Optional<String> problemWith(Object value) {
    if (file != null) {
      // Bytes or text under a file field would skip the check of its content (ALL-6).
      if (value != null && !(value instanceof FileValue)) {
        return Optional.of(label + " must be a file, uploaded with the form.");
      }
      FileValue fileValue = (FileValue) value;
      if (fileValue == null || FileRule.isEmpty(fileValue)) {
        return required ? Optional.of(label + " is required.") : Optional.empty();
      }
      return file.problemWith(label, fileValue);
    }
    if (value != null && !type.isInstance(value)) {
      return Optional.of(label + " must be " + KINDS.getOrDefault(type, "text") + ".");
    }
    String text = value == null ? "" : value.toString();
    if (text.isBlank()) {
      return required ? Optional.of(label + " is required.") : Optional.empty();
    }
    Optional<String> notText = TextRules.problemWith(text, false);
    if (notText.isPresent()) {
      return Optional.of(label + " " + notText.get() + ".");
    }
    if (minLength != null && text.length() < minLength) {
      return Optional.of(label + " must have at least " + minLength + " characters.");
    }
    if (maxLength != null && text.length() > maxLength) {
      return Optional.of(label + " must have at most " + maxLength + " characters.");
    }
    if (email && !EMAIL.matcher(text).matches()) {
      return Optional.of(label + " must be an e-mail address.");
    }
    if (options != null && !options.contains(text)) {
      return Optional.of(label + " must be one of: " + String.join(", ", options) + ".");
    }
    if (pattern != null && !pattern.matcher(text).matches()) {
      return Optional.of(label + " is not in the expected format.");
    }
    return Optional.empty();
  }
}
