package com.deliverysupervision.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a notification sends its reader (ALL-5): into Tasklist, where sellers and customers work,
 * relative to the application's public address. An order, an entitlement or a product opens in the
 * view the application adds to Tasklist, which reads the parameter before Tasklist's own address
 * part ({@code #/...}), so Tasklist's navigation and login keep it.
 */
public final class TasklistLinks {
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  private TasklistLinks() {}

  public static String task(String taskId) {
    return TASKLIST + "#/?task=" + taskId;
  }

  public static String order(String orderId) {
    return opening("order", orderId);
  }

  public static String entitlement(String entitlementId) {
    return opening("entitlement", entitlementId);
  }

  public static String product(String productId) {
    return opening("product", productId);
  }

  private static String opening(String parameter, String id) {
    return TASKLIST + "?" + parameter + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "#/";
  }
}
