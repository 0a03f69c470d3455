package com.deliverysupervision.support;

import com.deliverysupervision.identity.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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
    CurrentUser user = new CurrentUser(userId, groupsOf(userId));
    identityService.setAuthentication(user.userId(), user.groupIds());
    return user;
  }

  /** The groups the user is a member of, as the engine's authorization checks take them. */
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  /**
   * A new user in the groups, with a password equal to its ID and a name and e-mail address made of
   * it, so that a test can look for them in an answer.
   */
  public void create(String userId, String... groupIds) {
    User user = identityService.newUser(userId);
    user.setFirstName("First" + userId);
    user.setLastName("Last" + userId);
    user.setEmail(userId + "@privacy.example");
    user.setPassword(userId);
    identityService.saveUser(user);
    for (String groupId : groupIds) {
      identityService.createMembership(userId, groupId);
    }
  }

  /** A user ID no other test uses: Camunda takes letters and digits only. */
  public static String newUserId(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  public void logOut() {
    identityService.clearAuthentication();
  }
}
