package com.deliverysupervision.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda GRANT authorizations. Standing grants of a group are created once each: a grant
 * that exists is left as it is.
 */
@Component
class Grants {
  private final AuthorizationService authorizationService;
  private final ProcessEngine processEngine;

  Grants(AuthorizationService authorizationService, ProcessEngine processEngine) {
    this.authorizationService = authorizationService;
    this.processEngine = processEngine;
  }

  void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean held =
        authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count()
            > 0;
    if (!held) {
      Authorization grant = newGrant(resource, resourceId, permissions);
      grant.setGroupId(groupId);
      authorizationService.saveAuthorization(grant);
    }
  }

  /** A user's access to a resource, not yet saved. */
  record UserGrant(String userId, Resource resource, String resourceId, Permission permission) {}

  /**
   * Saves each grant whose user holds no authorization on the resource yet: one that an
   * administrator gave or took by hand is left as it is.
   */
  void toUsersUnlessHeld(List<UserGrant> userGrants) {
    for (UserGrant userGrant : userGrants) {
      boolean held =
          authorizationService
                  .createAuthorizationQuery()
                  .userIdIn(userGrant.userId())
                  .resourceType(userGrant.resource())
                  .resourceId(userGrant.resourceId())
                  .count()
              > 0;
      if (!held) {
        authorizationService.saveAuthorization(newUserGrant(userGrant));
      }
    }
  }

  /** Deletes the users' grants on the resources: what {@link #toUsersUnlessHeld} gave them. */
  void revokeFromUsers(List<UserGrant> userGrants) {
    for (UserGrant userGrant : userGrants) {
      authorizationService
          .createAuthorizationQuery()
          .userIdIn(userGrant.userId())
          .resourceType(userGrant.resource())
          .resourceId(userGrant.resourceId())
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
  }

  /**
   * Grants users access to resources created in the same transaction: nobody can hold a grant on
   * them yet, so no lookup precedes the inserts, and they are saved in one engine command, with
   * Camunda's own checks and removal times (placing an order is a hot path).
   */
  void toUsersOnNewResources(List<UserGrant> userGrants) {
    List<Authorization> authorizations =
        userGrants.stream().map(Grants.this::newUserGrant).toList();
    inOneCommand(
        () -> {
          CommandContext context = Context.getCommandContext();
          authorizations.forEach(
              authorization -> new SaveAuthorizationCmd(authorization).execute(context));
          return null;
        });
  }

  /** Engine calls made inside the action join its command: one cache, one flush. */
  <T> T inOneCommand(Supplier<T> action) {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> action.get());
  }

  private Authorization newUserGrant(UserGrant userGrant) {
    Authorization grant =
        newGrant(userGrant.resource(), userGrant.resourceId(), userGrant.permission());
    grant.setUserId(userGrant.userId());
    return grant;
  }

  private Authorization newGrant(Resource resource, String resourceId, Permission... permissions) {
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
