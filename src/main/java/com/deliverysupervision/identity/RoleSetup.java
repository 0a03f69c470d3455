package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the role groups and what each may do (ALL-2), in every profile. What a seller or customer
 * may do with one order is granted per order ({@link OrderAccess}) and per task (as its assignee);
 * whom it may read, per business relation ({@link BusinessRelations}).
 */
@Component
@Order(1)
class RoleSetup {
  private static final Logger log = LoggerFactory.getLogger(RoleSetup.class);
  private static final String ANY = Authorization.ANY;

  private static final List<String> PARTIES =
      List.of(Roles.SELLERS, Roles.CUSTOMERS, Roles.RESELLERS);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Grants grants;
  private final TasklistFilters filters;
  private final EarlierTaskGrantsNarrowed earlierTaskGrants;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final List<StartedByParties> startedByParties;

  RoleSetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      Grants grants,
      TasklistFilters filters,
      EarlierTaskGrantsNarrowed earlierTaskGrants,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      List<StartedByParties> startedByParties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.grants = grants;
    this.filters = filters;
    this.earlierTaskGrants = earlierTaskGrants;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.startedByParties = startedByParties;
  }

  @EventListener(ApplicationStartedEvent.class)
  void setUp() {
    group(Roles.SELLERS, "Sellers (ISVs)");
    group(Roles.CUSTOMERS, "Customers");
    group(Roles.RESELLERS, "Resellers");
    group(Roles.OPERATIONS_MANAGERS, "Operations managers");
    group(Roles.MARKETPLACE_ADMINS, "Marketplace administrators");

    for (String party : PARTIES) {
      grants.toGroup(party, APPLICATION, "tasklist", ACCESS);
      // Tasklist shows the process name and diagram of a task: definitions, never instances.
      grants.toGroup(party, PROCESS_DEFINITION, ANY, READ);
      // Users: each reads itself (Camunda grants that when it creates the user) and those it does
      // business with (BusinessRelations), never the whole marketplace.
    }
    withdrawReadingAllUsers();
    // Appeals, disputes, transfers: their first step checks the starter
    // (ProcessesStartAtTheirStart).
    for (StartedByParties process : startedByParties) {
      for (String party : process.startedBy()) {
        grants.toGroup(party, PROCESS_DEFINITION, process.processKey(), CREATE_INSTANCE);
      }
    }
    for (String party : List.of(Roles.SELLERS, Roles.CUSTOMERS)) {
      grants.toGroup(party, PROCESS_INSTANCE, ANY, CREATE);
    }

    String operations = Roles.OPERATIONS_MANAGERS;
    grants.toGroup(operations, APPLICATION, "tasklist", ACCESS);
    grants.toGroup(operations, APPLICATION, "cockpit", ACCESS);
    grants.toGroup(operations, PROCESS_DEFINITION, ANY, READ, READ_HISTORY);
    grants.toGroup(operations, DEPLOYMENT, ANY, READ);
    grants.toGroup(operations, PROCESS_INSTANCE, ANY, READ);
    grants.toGroup(operations, TASK, ANY, READ);
    grants.toGroup(
        operations, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.toGroup(operations, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.toGroup(operations, USER, ANY, READ);

    // ALI-1: administrators handle exceptions and may terminate a delivery in progress.
    String admins = Roles.MARKETPLACE_ADMINS;
    grants.toGroup(admins, APPLICATION, "tasklist", ACCESS);
    grants.toGroup(admins, APPLICATION, "cockpit", ACCESS);
    grants.toGroup(admins, PROCESS_DEFINITION, ANY, ALL);
    grants.toGroup(admins, DEPLOYMENT, ANY, READ);
    grants.toGroup(admins, PROCESS_INSTANCE, ANY, ALL);
    grants.toGroup(admins, TASK, ANY, ALL);
    grants.toGroup(admins, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.ALL);
    grants.toGroup(admins, HISTORIC_TASK, ANY, HistoricTaskPermissions.ALL);
    grants.toGroup(admins, USER, ANY, READ);

    earlierTaskGrants.narrow();
    filters.create();
    log.info("Role groups, their authorizations and Tasklist filters are in place");
  }

  /**
   * Earlier versions let every seller, customer and reseller read all users. Withdrawn once, in one
   * transaction with what makes the parties of earlier orders readable to each other (listeners of
   * {@link ReadingAllUsersWithdrawn}): a failed start leaves both as they were.
   */
  private void withdrawReadingAllUsers() {
    transaction.executeWithoutResult(
        status -> {
          List<Authorization> readingAll =
              authorizationService
                  .createAuthorizationQuery()
                  .groupIdIn(PARTIES.toArray(String[]::new))
                  .resourceType(USER)
                  .resourceId(ANY)
                  .list();
          if (readingAll.isEmpty()) {
            return;
          }
          readingAll.forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
          events.publishEvent(new ReadingAllUsersWithdrawn());
          log.info(
              "Sellers, customers and resellers no longer read every user: each reads itself and"
                  + " the parties of its own orders");
        });
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }
}
