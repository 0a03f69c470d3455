package com.deliverysupervision.web;

import java.util.Optional;

/**
 * What the application takes as text from a person (ALL-3): printable characters, and in longer
 * text line breaks and tabs. Control characters are refused because they are nobody's words: a NUL
 * is refused by PostgreSQL as a server error, and each other one grows sixfold when a record keeps
 * the text as JSON, past its column. Text of invisible characters alone (spaces, zero-width ones)
 * says nothing, so it is refused where it is given at all.
 */
public final class TextRules {
  private TextRules() {}

  /** Whether the text holds a control character other than a line break or a tab. */
  public static boolean hasControlCharacters(CharSequence text) {
    return text.chars()
        .anyMatch(
            c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
  }

  /** What is wrong with the text, in words for whoever wrote it; empty for none or no text. */
  public static Optional<String> problemWith(String text, boolean oneLine) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.SURROGATE) {
        return Optional.of("contains a broken character (half of a surrogate pair)");
      }
      if (oneLine && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
        return Optional.of("must be one line, without control characters");
      }
      if (type == Character.CONTROL) {
        if (oneLine) {
          return Optional.of("must be one line, without control characters");
        }
        if (c != '\n' && c != '\r' && c != '\t') {
          return Optional.of("may not contain control characters other than line breaks and tabs");
        }
      } else if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && type != Character.FORMAT) {
        visible = true;
      }
    }
    return visible
        ? Optional.empty()
        : Optional.of("must contain visible characters, not only spaces or invisible ones");
  }
}
