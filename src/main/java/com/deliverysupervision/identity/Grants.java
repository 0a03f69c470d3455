package com.deliverysupervision.identity;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Creates Camunda GRANT authorizations, once each: a grant that exists is left as it is. */
@Component
class Grants {
  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(
        authorizationService.createAuthorizationQuery().groupIdIn(groupId),
        grant -> grant.setGroupId(groupId),
        resource,
        resourceId,
        permissions);
  }

  void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(
        authorizationService.createAuthorizationQuery().userIdIn(userId),
        grant -> grant.setUserId(userId),
        resource,
        resourceId,
        permissions);
  }

  private void grant(
      AuthorizationQuery ofGrantee,
      Consumer<Authorization> toGrantee,
      Resource resource,
      String resourceId,
      Permission[] permissions) {
    if (ofGrantee.resourceType(resource).resourceId(resourceId).count() == 0) {
      Authorization grant =
          authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      toGrantee.accept(grant);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      for (Permission permission : permissions) {
        grant.addPermission(permission);
      }
      authorizationService.saveAuthorization(grant);
    }
  }
}
