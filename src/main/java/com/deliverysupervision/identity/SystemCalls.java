package com.deliverysupervision.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application itself has decided on (start an order's process, grant its
 * parties access) without the caller's authorization checks, which are for what users do.
 */
@Component
public class SystemCalls {
  private final IdentityService identityService;

  SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
