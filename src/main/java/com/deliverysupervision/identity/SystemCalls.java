package com.deliverysupervision.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application itself has decided on (start an order's process, grant its
 * parties access) without the caller's authorization checks, which are for what users do; or, for
 * what a user does through the application's API, as that user.
 */
@Component
public class SystemCalls {
  private final IdentityService identityService;

  SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> action) {
    return runAs(null, action);
  }

  /** Runs the action as the user, with the engine's checks of what that user may do. */
  public <T> T runAs(CurrentUser user, Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    if (user != null) {
      identityService.setAuthentication(user.userId(), user.groupIds());
    }
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
