package com.deliverysupervision.support;

import java.net.URI;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * HTTP calls as a demo user, whose password is the user's ID. Imported by {@link
 * DeliveryApplicationTest}, not scanned as a component: the cluster and benchmark start the
 * application with the test classes on the class path and no TestRestTemplate.
 */
public final class ApiCalls {
  private final TestRestTemplate rest;

  public ApiCalls(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** The demo user logged in to Tasklist, calling its engine API as Tasklist's pages do. */
  public TasklistSession tasklist(String user) {
    return new TasklistSession(rest, user);
  }

  /** GETs the path as the demo user. */
  public ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, user).getForEntity(path, String.class);
  }

  /** GETs the path and query as written: their %-escapes reach the server, not escaped again. */
  public ResponseEntity<String> getExactly(String user, String pathAndQuery) {
    return rest.withBasicAuth(user, user)
        .getForEntity(URI.create(rest.getRootUri() + pathAndQuery), String.class);
  }

  /** GETs the path's content as bytes (a file's data) as the demo user. */
  public ResponseEntity<byte[]> getBytes(String user, String path) {
    return rest.withBasicAuth(user, user).getForEntity(path, byte[].class);
  }

  /** POSTs the JSON body to the path as the demo user. */
  public ResponseEntity<String> post(String user, String path, String json) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, json(json), String.class);
  }

  /**
   * LIC-7: the marketplace renews the order for a month at the amount (a JSON number); the
   * renewal's new ID.
   */
  public String renewForAMonth(String orderId, String amount) {
    String renewalId = TestOrders.newOrderId();
    ResponseEntity<String> renewed =
        post(
            TestOrders.MARKETPLACE,
            "/api/orders/" + orderId + "/renewals",
            "{\"renewalId\": \"%s\", \"period\": \"P1M\", \"amount\": %s}"
                .formatted(renewalId, amount));
    if (!renewed.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("Renewal of " + orderId + " refused: " + renewed);
    }
    return renewalId;
  }

  /** PUTs the JSON body to the path as the demo user. */
  public ResponseEntity<String> put(String user, String path, String json) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.PUT, json(json), String.class);
  }

  /** DELETEs the path as the demo user. */
  public ResponseEntity<String> delete(String user, String path) {
    return rest.withBasicAuth(user, user).exchange(path, HttpMethod.DELETE, null, String.class);
  }

  /** A JSON request body, for calls that are not made as a demo user. */
  public static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
