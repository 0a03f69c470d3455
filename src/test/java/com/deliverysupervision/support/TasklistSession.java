package com.deliverysupervision.support;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A demo user logged in to Tasklist, calling the webapps' engine API as Tasklist's pages do: with
 * the session cookie and the CSRF token of the session.
 */
public final class TasklistSession {
  private static final String ENGINE_API = "/camunda/api/engine/engine/default/";

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private TasklistSession(TestRestTemplate rest) {
    this.rest = rest;
    keepCookies(rest.getForEntity("/camunda/app/tasklist/", String.class));
  }

  TasklistSession(TestRestTemplate rest, String user) {
    this(rest);
    ResponseEntity<String> login = logIn("username=" + user + "&password=" + user);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(user + " cannot log in to Tasklist: " + login);
    }
    // The login starts a new session, whose CSRF token the next read hands out, as Tasklist's
    // first page after the login reads it.
    get("task/count");
  }

  /** The answer to Tasklist's login form sent with these fields, as its login page sends them. */
  public static ResponseEntity<String> loginAnswer(TestRestTemplate rest, String form) {
    return new TasklistSession(rest).logIn(form);
  }

  private ResponseEntity<String> logIn(String form) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login =
        rest.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            HttpMethod.POST,
            new HttpEntity<>(form, headers),
            String.class);
    keepCookies(login);
    return login;
  }

  /** GETs a path of the engine API, such as {@code task?assignee=customer1}. */
  public ResponseEntity<String> get(String path) {
    return call(HttpMethod.GET, path, null);
  }

  /** POSTs the JSON body to a path of the engine API, such as {@code task/{id}/submit-form}. */
  public ResponseEntity<String> post(String path, String json) {
    return call(HttpMethod.POST, path, json);
  }

  /** GETs a path of the application's API as the pages it adds to Tasklist do, e.g. /api/orders. */
  public ResponseEntity<String> getApplication(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> call(HttpMethod method, String path, String json) {
    return exchange(method, ENGINE_API + path, json);
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response =
        rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    keepCookies(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.add(
        HttpHeaders.COOKIE,
        cookies.entrySet().stream()
            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
            .collect(Collectors.joining("; ")));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void keepCookies(ResponseEntity<?> response) {
    for (String header : response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
      for (HttpCookie cookie : HttpCookie.parse(header)) {
        cookies.put(cookie.getName(), cookie.getValue());
      }
    }
  }
}
