package com.deliverysupervision.order;

/**
 * A search for text a user typed, as SQL {@code like}: the text anywhere, its {@code %} and {@code
 * _} being those characters, not wildcards, so that "50%" finds "50%" and not "500".
 */
public final class ContainsText {
  /** After {@code like ?}: the escape character of {@link #pattern}. */
  public static final String ESCAPE = " escape '\\'";

  private ContainsText() {}

  public static String pattern(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
