package com.deliverysupervision.identity;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who administers: marketplace administrators and the members of Camunda's admin groups. */
public final class Administrators {
  private Administrators() {}

  public static boolean include(Authentication user, ProcessEngineConfigurationImpl configuration) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<String> adminGroups =
        configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    return groups.contains(Roles.MARKETPLACE_ADMINS)
        || groups.stream().anyMatch(adminGroups::contains);
  }
}
