package com.deliverysupervision.identity;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * ALL-2: Camunda's refusal names the resource it checked, which is not always the one the caller
 * asked for: asked for a child execution, a job or its stack trace, it names the order's process
 * instance. Refusals here name the permission and the type of resource, never an ID; the caller
 * knows what it asked for. The engine has one authorization manager: {@link GroupsWithoutTableScan}
 * registers the one that extends this.
 */
public class RefusalsNameNoIds extends AuthorizationManager {

  @Override
  public void checkAuthorization(CompositePermissionCheck permissionCheck) {
    try {
      super.checkAuthorization(permissionCheck);
    } catch (AuthorizationException refused) {
      throw withoutIds(refused);
    }
  }

  @Override
  public void checkAuthorization(Permission permission, Resource resource, String resourceId) {
    try {
      super.checkAuthorization(permission, resource, resourceId);
    } catch (AuthorizationException refused) {
      throw withoutIds(refused);
    }
  }

  static AuthorizationException withoutIds(AuthorizationException refused) {
    return new AuthorizationException(
        refused.getUserId(),
        refused.getMissingAuthorizations().stream()
            .map(
                missing ->
                    new MissingAuthorization(
                        missing.getViolatedPermissionName(), missing.getResourceType(), null))
            .toList());
  }
}
