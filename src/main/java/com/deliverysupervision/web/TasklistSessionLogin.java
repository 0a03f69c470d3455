package com.deliverysupervision.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ALL-2: the application's API for the pages it adds to Tasklist (the orders view): a request
 * without HTTP Basic credentials, from a browser logged into the web applications, is the session's
 * user. A change (anything but GET and HEAD) must carry the web applications' CSRF token in {@code
 * X-XSRF-TOKEN}, as Camunda's own web API requires: another site cannot act with the user's
 * session. Requests with credentials, and those without a session, go to HTTP Basic as before.
 */
class TasklistSessionLogin extends OncePerRequestFilter {
  /** Set when the session's user made the request: HTTP Basic then has nothing to check. */
  static final String SESSION_USER = TasklistSessionLogin.class.getName() + ".user";

  private static final String ENGINE = "default";
  private static final Set<String> SAFE = Set.of("GET", "HEAD");

  private final IdentityService identityService;
  private final Long cacheTimeToLive;

  /**
   * @param cacheTimeToLive how long the session's user and groups are trusted before they are read
   *     again, in milliseconds, as the web applications' own API does; null: never read again
   */
  TasklistSessionLogin(IdentityService identityService, Long cacheTimeToLive) {
    this.identityService = identityService;
    this.cacheTimeToLive = cacheTimeToLive;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    UserAuthentication user =
        request.getHeader("Authorization") == null && session != null ? userOf(session) : null;
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE.contains(request.getMethod()) && !carriesToken(request, session)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN,
          "A change through the web applications' session needs their CSRF token (X-XSRF-TOKEN).");
      return;
    }
    request.setAttribute(SESSION_USER, user.getIdentityId());
    identityService.setAuthentication(user.getIdentityId(), user.getGroupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The session's user, read again once its time to live passed, as Camunda's web API does: a user
   * deleted or taken out of a group since the login loses what it gave.
   */
  private UserAuthentication userOf(HttpSession session) {
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null && cacheTimeToLive != null) {
      AuthenticationUtil.updateCache(authentications, session, cacheTimeToLive);
      AuthenticationUtil.updateSession(session, authentications);
    }
    return userOf(authentications);
  }

  private static UserAuthentication userOf(Authentications authentications) {
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication instanceof UserAuthentication user ? user : null;
  }

  private static boolean carriesToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.UTF_8),
            sent.getBytes(StandardCharsets.UTF_8));
  }
}
