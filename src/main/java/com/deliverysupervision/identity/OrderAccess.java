package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.deliverysupervision.identity.Grants.UserGrant;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a seller and a customer see the process instance of their own orders, and its history once
 * it ended. Camunda grants tasks to their assignees by itself, but not instances.
 */
@Component
public class OrderAccess {
  private final Grants grants;

  OrderAccess(Grants grants) {
    this.grants = grants;
  }

  /** Runs in the transaction that starts the instance, so an instance never exists unreadable. */
  public void grantParties(String processInstanceId, String sellerId, String customerId) {
    // One user may be both parties (a seller buying from itself): one grant each, not two.
    grants.toUsersOnNewResources(
        Stream.of(sellerId, customerId)
            .distinct()
            .flatMap(
                party ->
                    Stream.of(
                        new UserGrant(party, PROCESS_INSTANCE, processInstanceId, READ),
                        new UserGrant(
                            party,
                            HISTORIC_PROCESS_INSTANCE,
                            processInstanceId,
                            HistoricProcessInstancePermissions.READ)))
            .toList());
  }
}
