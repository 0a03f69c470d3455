package com.deliverysupervision.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * What a form's file field accepts: the file types of its {@code accept} attribute and the size of
 * its {@code cam-max-filesize}, checked again on the server since a REST caller skips the browser.
 *
 * @param types file name extensions without the dot, lower case; empty for any type
 */
record FileRule(Set<String> types, long maxBytes) {

  Optional<String> problemWith(String label, FileValue file) {
    String name = file.getFilename() == null ? "" : file.getFilename();
    String extension =
        name.contains(".")
            ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
            : "";
    if (!types.isEmpty() && !types.contains(extension)) {
      return Optional.of(
          label
              + ": "
              + name
              + " is not an accepted file type ("
              + String.join(", ", types)
              + ").");
    }
    long size = sizeOf(file);
    if (size > maxBytes) {
      return Optional.of(
          label + ": " + name + " has " + size + " bytes; at most " + maxBytes + " are accepted.");
    }
    return Optional.empty();
  }

  /** Tasklist submits a file field left empty as a file without name and content. */
  static boolean isEmpty(FileValue file) {
    return (file.getFilename() == null || file.getFilename().isBlank()) && sizeOf(file) == 0;
  }

  static long sizeOf(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content == null ? 0 : content.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
