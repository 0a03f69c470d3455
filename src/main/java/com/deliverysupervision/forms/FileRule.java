package com.deliverysupervision.forms;

import com.deliverysupervision.web.TextRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * What a form's file field accepts: the file types of its {@code accept} attribute and the size of
 * its {@code cam-max-filesize}, checked again on the server since a REST caller skips the browser.
 * A file's type is what its content is (ALL-6, {@link UploadedFile}), not what its name says.
 *
 * @param types file name extensions without the dot, lower case; empty for any type
 */
record FileRule(Set<String> types, long maxBytes) {

  /** What file systems keep of a name; one of 5,000 characters overflowed the engine's column. */
  static final int MAX_NAME_LENGTH = 255;

  Optional<String> problemWith(String label, FileValue value) {
    UploadedFile file = UploadedFile.of(value);
    String name = file.filename() == null ? "" : file.filename();
    Optional<String> notAName = TextRules.problemWith(name, true);
    if (notAName.isPresent()) {
      return Optional.of(label + ": the file's name " + notAName.get() + ".");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.of(
          label
              + ": the file's name has "
              + name.length()
              + " characters; at most "
              + MAX_NAME_LENGTH
              + " are accepted.");
    }
    if (file.bytes() > maxBytes) {
      return Optional.of(
          label
              + ": "
              + name
              + " has "
              + file.bytes()
              + " bytes; at most "
              + maxBytes
              + " are accepted.");
    }
    if (!types.isEmpty() && types.stream().map(FileRule::typeOf).noneMatch(file::isA)) {
      return Optional.of(
          label
              + ": "
              + name
              + " is not an accepted file type: its content is "
              + (file.isOfKnownType() ? file.type().toString() : "of no known type")
              + "; accepted are "
              + String.join(", ", types)
              + ".");
    }
    return Optional.empty();
  }

  private static MediaType typeOf(String extension) {
    return UploadedFile.typeNamed("file." + extension);
  }

  /** Tasklist submits a file field left empty as a file without name and content. */
  static boolean isEmpty(FileValue file) {
    return (file.getFilename() == null || file.getFilename().isBlank()) && sizeOf(file) == 0;
  }

  private static long sizeOf(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content == null ? 0 : content.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
