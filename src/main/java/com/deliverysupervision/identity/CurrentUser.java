package com.deliverysupervision.identity;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user a request runs for, as Camunda's authentication filter established it. */
public record CurrentUser(String userId, List<String> groupIds) {

  public static CurrentUser of(IdentityService identityService) {
    Authentication authentication =
        Objects.requireNonNull(
            identityService.getCurrentAuthentication(), "no user is authenticated for this call");
    return new CurrentUser(authentication.getUserId(), List.copyOf(authentication.getGroupIds()));
  }

  public boolean isIn(String group) {
    return groupIds.contains(group);
  }

  /** Operations managers and marketplace administrators see every order (ALL-2). */
  public boolean seesAllOrders() {
    return isIn(Roles.OPERATIONS_MANAGERS) || isIn(Roles.MARKETPLACE_ADMINS);
  }
}
