package com.deliverysupervision.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
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
    boolean exists =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!exists) {
      Authorization grant = newGrant(resource, resourceId, permissions);
      grant.setGroupId(groupId);
      authorizationService.saveAuthorization(grant);
    }
  }

  void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists =
        authorizationService
                .createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!exists) {
      Authorization grant = newGrant(resource, resourceId, permissions);
      grant.setUserId(userId);
      authorizationService.saveAuthorization(grant);
    }
  }

  private Authorization newGrant(Resource resource, String resourceId, Permission[] permissions) {
    Authorization grant =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    return grant;
  }
}
