package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.deliverysupervision.identity.Grants.UserGrant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.impl.context.Context;
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

  /**
   * Starts an order's instance and grants its parties in one engine command, so that an instance
   * never exists unreadable, and the grants on its history find it in the command's cache instead
   * of reading it back. Returns the instance's ID.
   */
  public String startReadableByParties(Supplier<String> start, String sellerId, String customerId) {
    return grants.inOneCommand(
        () -> {
          String processInstanceId = start.get();
          grantPartiesOn(processInstanceId, sellerId, customerId);
          return processInstanceId;
        });
  }

  /**
   * Grants an order's parties READ on an instance that hangs on the order (an appeal), in the
   * engine command that started it: the user who started it may not grant.
   */
  public void grantParties(String processInstanceId, String sellerId, String customerId) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              grantPartiesOn(processInstanceId, sellerId, customerId);
              return null;
            });
  }

  private void grantPartiesOn(String processInstanceId, String sellerId, String customerId) {
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
