package com.deliverysupervision.support;

import com.deliverysupervision.identity.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Makes engine calls run as a demo user, with the engine's authorization checks. */
@Component
public class TestUsers {
  private final IdentityService identityService;

  TestUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public CurrentUser actAs(String userId) {
    identityService.clearAuthentication();
    CurrentUser user =
        new CurrentUser(
            userId,
            identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
    identityService.setAuthentication(user.userId(), user.groupIds());
    return user;
  }

  public void logOut() {
    identityService.clearAuthentication();
  }
}
