package com.deliverysupervision.process;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks that several embedded forms show alike (an Alibaba step's order details, the customer's
 * attachments) are kept once, in {@code forms/parts/}: a form names one on a line of its own,
 * {@code <!-- include: parts/alibaba-order.html -->}, and the part replaces that line as the form
 * is deployed. Tasklist and the form checks read whole forms; parts are not deployed on their own.
 */
public final class FormParts {
  /** Where parts live, under forms/. */
  public static final String FOLDER = "parts/";

  private static final Pattern INCLUDE =
      Pattern.compile(
          "^[ \\t]*<!-- include: (" + FOLDER + "[\\w.-]+\\.html) -->[ \\t]*\\R", Pattern.MULTILINE);

  private FormParts() {}

  /**
   * The form with each part it names in place.
   *
   * @param partNamed the content of a part by its name relative to forms/, such as {@code
   *     parts/alibaba-order.html}
   */
  public static String expand(String form, UnaryOperator<String> partNamed) {
    Matcher include = INCLUDE.matcher(form);
    StringBuilder expanded = new StringBuilder();
    while (include.find()) {
      include.appendReplacement(
          expanded, Matcher.quoteReplacement(partNamed.apply(include.group(1))));
    }
    include.appendTail(expanded);
    return expanded.toString();
  }
}
