package com.deliverysupervision.identity;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda GRANT authorizations. Standing grants of a group are created once each: a grant
 * that exists is left as it is.
 */
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

  /**
   * Grants a user access to a resource created in the same transaction: nobody can hold a grant on
   * it yet, so no lookup precedes the insert (placing an order is a hot path).
   */
  void toUserOnNewResource(
      String userId, Resource resource, String resourceId, Permission... permissions) {
    save(grant -> grant.setUserId(userId), resource, resourceId, permissions);
  }

  private void grant(
      AuthorizationQuery ofGrantee,
      Consumer<Authorization> toGrantee,
      Resource resource,
      String resourceId,
      Permission[] permissions) {
    if (ofGrantee.resourceType(resource).resourceId(resourceId).count() == 0) {
      save(toGrantee, resource, resourceId, permissions);
    }
  }

  private void save(
      Consumer<Authorization> toGrantee,
      Resource resource,
      String resourceId,
      Permission[] permissions) {
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
