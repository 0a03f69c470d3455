package com.deliverysupervision.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * ALL-6: an uploaded file as its content shows it, not as its name or its sender says: the type
 * that Tika's detector reads from its first bytes, its size and its SHA-256.
 *
 * <p>The name only refines a type that the content already shows: a ZIP container named {@code
 * .docx} is a Word document, an OLE2 container named {@code .xls} an Excel sheet (telling them
 * apart by what is inside would take Tika's parsers). A program named {@code report.pdf} stays a
 * program; content of no known type stays unknown whatever its name.
 */
record UploadedFile(String filename, MediaType type, long bytes, String sha256) {
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  static UploadedFile of(FileValue file) {
    byte[] content = contentOf(file);
    return new UploadedFile(
        file.getFilename(), detect(content, file.getFilename()), content.length, sha256(content));
  }

  /** The type a file of this name would have: what a form's accepted extensions mean. */
  static MediaType typeNamed(String filename) {
    return detect(null, filename);
  }

  /**
   * Whether this file is of the type or of a kind of it (an Excel sheet is a kind of ZIP). Plain
   * text is only plain text: for Tika every text format is a kind of it, a shell script, HTML or
   * SVG named notes.txt too.
   */
  boolean isA(MediaType accepted) {
    return type.equals(accepted)
        || (!MediaType.TEXT_PLAIN.equals(accepted)
            && TYPES.getMediaTypeRegistry().isSpecializationOf(type, accepted));
  }

  boolean isOfKnownType() {
    return !MediaType.OCTET_STREAM.equals(type);
  }

  private static MediaType detect(byte[] content, String filename) {
    if (content != null && MediaType.OCTET_STREAM.equals(detect(content, new Metadata()))) {
      return MediaType.OCTET_STREAM;
    }
    Metadata named = new Metadata();
    if (filename != null) {
      named.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
    }
    return detect(content, named);
  }

  private static MediaType detect(byte[] content, Metadata metadata) {
    try (InputStream stream = content == null ? null : new ByteArrayInputStream(content)) {
      return TYPES.detect(stream, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] contentOf(FileValue file) {
    try (InputStream content = file.getValue()) {
      return content == null ? new byte[0] : content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
