package com.deliverysupervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** ALL-2: the API answers pages inside Tasklist as the session's user, never another site. */
class TasklistSessionLoginTest {
  private final IdentityService identityService = mock(IdentityService.class);
  private final TasklistSessionLogin filter = new TasklistSessionLogin(identityService, null);

  @Test
  @DisplayName("ALL-2 a read with the web applications' session is the session's user")
  void readAsSessionUser() throws Exception {
    MockHttpServletRequest request = request("GET", null);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(request.getAttribute(TasklistSessionLogin.SESSION_USER)).isEqualTo("customer1");
    verify(identityService).setAuthentication(eq("customer1"), any());
    verify(identityService).clearAuthentication();
  }

  @Test
  @DisplayName(
      "ALL-2 a change with the session but without the web applications' CSRF token is refused: another site cannot act as the user")
  void changeWithoutTokenRefused() throws Exception {
    for (String token : new String[] {null, "forged"}) {
      MockHttpServletResponse response = new MockHttpServletResponse();
      MockFilterChain chain = new MockFilterChain();

      filter.doFilter(request("POST", token), response, chain);

      assertThat(response.getStatus()).isEqualTo(403);
      assertThat(chain.getRequest()).isNull();
    }
    verify(identityService, never()).setAuthentication(any(), any(List.class));
  }

  @Test
  @DisplayName("ALL-2 a change with the session and its CSRF token is the session's user")
  void changeWithToken() throws Exception {
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request("POST", "the-token"), new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
    verify(identityService).setAuthentication(eq("customer1"), any());
  }

  @Test
  @DisplayName(
      "ALL-2 a request with HTTP Basic credentials, or without a session, is left to HTTP Basic")
  void basicLeftAlone() throws Exception {
    MockHttpServletRequest withCredentials = request("POST", null);
    withCredentials.addHeader("Authorization", "Basic c2VsbGVyMTpzZWxsZXIx");
    MockHttpServletRequest withoutSession = new MockHttpServletRequest("GET", "/api/orders");
    for (MockHttpServletRequest request : List.of(withCredentials, withoutSession)) {
      MockFilterChain chain = new MockFilterChain();
      filter.doFilter(request, new MockHttpServletResponse(), chain);
      assertThat(chain.getRequest()).isNotNull();
      assertThat(request.getAttribute(TasklistSessionLogin.SESSION_USER)).isNull();
    }
    verify(identityService, never()).setAuthentication(any(), any(List.class));
  }

  private static MockHttpServletRequest request(String method, String token) {
    MockHttpSession session = new MockHttpSession();
    Authentications authentications = new Authentications();
    UserAuthentication user = new UserAuthentication("customer1", "default");
    user.setGroupIds(List.of("customers"));
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "the-token");
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/orders/A-1/appeals");
    request.setSession(session);
    if (token != null) {
      request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    return request;
  }
}
