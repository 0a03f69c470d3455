package com.deliverysupervision.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Files as users upload them, made in the test (ALL-6): each begins as a file of its type does (PDF
 * header, PNG and JPEG signatures, a ZIP archive, an Office Open XML package, an OLE2 compound
 * document for DOC/XLS/PPT, a 7z signature, a Windows program's "MZ"), padded with zeros to the
 * size asked for.
 */
public final class SampleFiles {
  private SampleFiles() {}

  /** A file named {@code name} whose content is of the type its extension names. */
  public static FileValue named(String name, int bytes) {
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return file(name, extension, bytes);
  }

  /** A file named {@code name} whose content is of the type {@code extension} names. */
  public static FileValue file(String name, String extension, int bytes) {
    byte[] content = contentOf(extension);
    byte[] file = padded(content, bytes);
    if ("txt".equals(extension)) {
      // Text stays text: spaces, not zeros, fill it up.
      Arrays.fill(file, content.length, file.length, (byte) ' ');
    }
    return Variables.fileValue(name).file(file).create();
  }

  private static byte[] contentOf(String extension) {
    return switch (extension) {
      case "pdf" -> ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
      case "png" ->
          bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
      case "jpg", "jpeg" -> bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0);
      case "zip" -> zip("readme.txt");
      case "docx" -> zip("[Content_Types].xml", "word/document.xml");
      case "xlsx" -> zip("[Content_Types].xml", "xl/workbook.xml");
      case "pptx" -> zip("[Content_Types].xml", "ppt/presentation.xml");
      case "doc", "xls", "ppt" ->
          padded(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 1024);
      case "7z" -> bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4);
      case "txt" -> ascii("How to log in: open the portal and use your company account.\n");
      case "exe" -> bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF);
      case "sh" -> ascii("#!/bin/sh\nrm -rf \"$HOME\"\n");
      case "html" ->
          ascii("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n");
      default -> throw new IllegalArgumentException("no sample content for ." + extension);
    };
  }

  private static byte[] padded(byte[] content, int bytes) {
    return bytes <= content.length ? content : Arrays.copyOf(content, bytes);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] zip(String... entries) {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(archive)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return archive.toByteArray();
  }
}
