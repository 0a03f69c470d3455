package com.deliverysupervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.identity.GroupsWithoutTableScan.ApplicationAuthorizationManager;
import com.deliverysupervision.support.DeliveryApplicationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks permissions with all of a user's groups, without first reading every
 * authorization (the decisions themselves are proven in OrderAuthorizationTest).
 */
@DeliveryApplicationTest
class GroupsWithoutTableScanTest {
  @Autowired ProcessEngine engine;

  @Test
  @DisplayName(
      "ALL-2 permission checks take the user's groups without reading the whole grant table")
  void groupsAreNotNarrowedByATableScan() {
    Command<Object> authorizationManagerInUse = context -> context.getAuthorizationManager();
    Object manager =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired()
            .execute(authorizationManagerInUse);
    assertThat(manager).isInstanceOf(ApplicationAuthorizationManager.class);

    // Outside a command there is no database to read: Camunda's own manager would fail here.
    assertThat(
            new ApplicationAuthorizationManager()
                .filterAuthenticatedGroupIds(List.of(Roles.CUSTOMERS, "groupwithoutgrants")))
        .containsExactly(Roles.CUSTOMERS, "groupwithoutgrants");
  }
}
