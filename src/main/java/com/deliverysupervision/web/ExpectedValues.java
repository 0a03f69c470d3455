package com.deliverysupervision.web;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What a field or parameter of a type takes, in words for whoever sends it (ALL-3). */
final class ExpectedValues {
  private ExpectedValues() {}

  static String of(Class<?> type) {
    if (type == null) {
      return "is not of the documented type.";
    }
    if (type.isEnum()) {
      return "must be one of: "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "))
          + ".";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number.";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return "must be a number.";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false.";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "must be an ISO-8601 date and time with its offset, such as 2026-12-02T09:00:00Z.";
    }
    if (type == String.class) {
      return "must be text.";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a JSON array.";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be a JSON object.";
    }
    return "is not of the documented type.";
  }
}
