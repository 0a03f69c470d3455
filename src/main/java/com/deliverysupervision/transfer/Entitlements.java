package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.BusinessRelations;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderNotFoundException;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.rules.EngineClock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Entitlements as the marketplace creates them and as their parties read them, with their transfers
 * and history (GCP-1..GCP-5). ALL-2: the customer, the ISV, the reseller it is sold through and
 * every reseller asked to approve one of its transfers read it; operations managers and
 * administrators read all; for anyone else it does not exist.
 */
@Service
public class Entitlements {
  private static final Logger log = LoggerFactory.getLogger(Entitlements.class);

  private final EntitlementRepository repository;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;
  private final BusinessRelations relations;
  private final EngineClock clock;
  private final OrderService orders;

  Entitlements(
      EntitlementRepository repository,
      IdentityService identityService,
      TaskService taskService,
      RuntimeService runtimeService,
      SystemCalls systemCalls,
      BusinessRelations relations,
      EngineClock clock,
      OrderService orders) {
    this.repository = repository;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
    this.relations = relations;
    this.clock = clock;
    this.orders = orders;
  }

  /**
   * The marketplace creates the entitlement of an order of one of its products; its parties read
   * each other's profiles from then on (ALL-2), in the same transaction.
   */
  @Transactional
  public Entitlement create(NewEntitlement entitlement, CurrentUser caller) {
    if (!caller.isIn(Roles.MARKETPLACE_ADMINS)) {
      throw refusal(HttpStatus.FORBIDDEN, "Entitlements are created by the marketplace.");
    }
    requireMember(entitlement.customerId(), Roles.CUSTOMERS, "customer");
    requireMember(entitlement.isvId(), Roles.SELLERS, "seller (ISV)");
    if (entitlement.resellerId() != null && !entitlement.resellerId().isBlank()) {
      requireMember(entitlement.resellerId(), Roles.RESELLERS, "reseller");
    }
    if (entitlement.orderId() != null && !entitlement.orderId().isBlank()) {
      requireOrderOfTheParties(entitlement, caller);
    }
    if (!repository.insert(entitlement, clock.now())) {
      throw refusal(
          HttpStatus.CONFLICT, "Entitlement " + entitlement.entitlementId() + " exists already.");
    }
    String cause = "entitlement " + entitlement.entitlementId();
    relations.establish(entitlement.customerId(), entitlement.isvId(), cause);
    if (entitlement.resellerId() != null && !entitlement.resellerId().isBlank()) {
      relations.establish(entitlement.resellerId(), entitlement.customerId(), cause);
      relations.establish(entitlement.resellerId(), entitlement.isvId(), cause);
    }
    log.info(
        "Entitlement {} created: {} uses {} of {}{}",
        entitlement.entitlementId(),
        entitlement.customerId(),
        entitlement.productId(),
        entitlement.isvId(),
        entitlement.resellerId() == null ? "" : " through " + entitlement.resellerId());
    return repository.find(entitlement.entitlementId()).orElseThrow();
  }

  public Entitlement find(String entitlementId, CurrentUser caller) {
    return repository
        .find(entitlementId)
        .filter(entitlement -> mayRead(entitlement, caller))
        .orElseThrow(
            () ->
                refusal(
                    HttpStatus.NOT_FOUND,
                    "There is no entitlement " + entitlementId + " of yours."));
  }

  /**
   * The entitlement as the caller reads it (ALL-2): whole for its parties, the staff and a reseller
   * approving one of its transfers now; a reseller that approved one before, and is none of its
   * parties, reads whose it is and the transfers it was asked to approve, not what it holds now.
   */
  public Entitlement read(String entitlementId, CurrentUser caller) {
    return asReadBy(find(entitlementId, caller), caller);
  }

  /** The entitlements the caller may read (ALL-2), newest first; 400 for a page out of range. */
  public List<Entitlement> readableBy(CurrentUser caller, int limit, int offset) {
    if (limit < 1 || limit > 200 || offset < 0) {
      throw refusal(HttpStatus.BAD_REQUEST, "limit must be from 1 to 200 and offset 0 or more.");
    }
    return caller.seesAllOrders()
        ? repository.all(limit, offset)
        : repository.ofParty(caller.userId(), caller.isIn(Roles.RESELLERS), limit, offset).stream()
            .map(entitlement -> asReadBy(entitlement, caller))
            .toList();
  }

  private Entitlement asReadBy(Entitlement entitlement, CurrentUser caller) {
    return isPartyOrStaff(entitlement, caller)
            || repository.approvesNow(entitlement.entitlementId(), caller.userId())
        ? entitlement
        : entitlement.withoutCurrentFacts();
  }

  /** The entitlement's changes, oldest first; an approver only reads those of its transfers. */
  public List<EntitlementChange> historyOf(String entitlementId, CurrentUser caller) {
    Entitlement entitlement = find(entitlementId, caller);
    List<EntitlementChange> changes = repository.changesOf(entitlementId);
    if (isPartyOrStaff(entitlement, caller)) {
      return changes;
    }
    return changes.stream().filter(change -> askedToApprove(change.transferId(), caller)).toList();
  }

  /**
   * The entitlement's transfers, newest first, each with where it waits and who approved. A
   * reseller asked to approve a transfer, and no party of the entitlement, reads the transfers it
   * was asked to approve, and no other (ALL-2): not those before, nor those after it.
   */
  public List<Transfer> transfersOf(String entitlementId, CurrentUser caller) {
    Entitlement entitlement = find(entitlementId, caller);
    boolean all = isPartyOrStaff(entitlement, caller);
    return repository.transfersOf(entitlementId).stream()
        .filter(row -> all || askedToApprove(row.transferId(), caller))
        .map(
            row ->
                new Transfer(
                    row.transferId(),
                    row.entitlementId(),
                    row.kind(),
                    row.requestedBy(),
                    row.requestedAt(),
                    row.targetBillingAccountId(),
                    row.targetResellerId(),
                    row.state(),
                    row.reason(),
                    row.endedAt(),
                    waitingAt(row.transferId()),
                    repository.approvalsOf(row.transferId())))
        .toList();
  }

  /**
   * The open steps' names and for whom, the parties' approvals included (each runs in an instance
   * the transfer calls): read as the application, the caller sees only its own.
   */
  private List<String> waitingAt(String transferId) {
    return systemCalls.run(
        () -> {
          String[] instances =
              Stream.concat(
                      Stream.of(transferId),
                      runtimeService
                          .createProcessInstanceQuery()
                          .superProcessInstanceId(transferId)
                          .list()
                          .stream()
                          .map(ProcessInstance::getId))
                  .toArray(String[]::new);
          return taskService.createTaskQuery().processInstanceIdIn(instances).list().stream()
              .map(Entitlements::describe)
              .sorted()
              .toList();
        });
  }

  private static String describe(Task task) {
    return task.getName()
        + (task.getAssignee() != null ? " (" + task.getAssignee() + ")" : " (the marketplace)");
  }

  private boolean mayRead(Entitlement entitlement, CurrentUser caller) {
    return isPartyOrStaff(entitlement, caller)
        || (caller.isIn(Roles.RESELLERS)
            && repository.isApproverOf(entitlement.entitlementId(), caller.userId()));
  }

  private static boolean isPartyOrStaff(Entitlement entitlement, CurrentUser caller) {
    String user = caller.userId();
    return caller.seesAllOrders()
        || user.equals(entitlement.customerId())
        || user.equals(entitlement.isvId())
        || Objects.equals(user, entitlement.resellerId());
  }

  private boolean askedToApprove(String transferId, CurrentUser caller) {
    return repository.approvalsOf(transferId).stream()
        .anyMatch(approval -> approval.approver().equals(caller.userId()));
  }

  private void requireMember(String userId, String group, String role) {
    boolean member =
        systemCalls.run(
                () -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count())
            > 0;
    if (!member) {
      throw refusal(HttpStatus.BAD_REQUEST, userId + " is not a " + role + " of the marketplace.");
    }
  }

  /** The order it names is one of this customer with this ISV: it belongs to that order. */
  private void requireOrderOfTheParties(NewEntitlement entitlement, CurrentUser caller) {
    Order order;
    try {
      order = orders.find(entitlement.orderId(), caller);
    } catch (OrderNotFoundException missing) {
      throw refusal(
          HttpStatus.BAD_REQUEST, "orderId: there is no order " + entitlement.orderId() + ".");
    }
    if (!order.customerId().equals(entitlement.customerId())
        || !order.sellerId().equals(entitlement.isvId())) {
      throw refusal(
          HttpStatus.BAD_REQUEST,
          "orderId: order "
              + order.orderId()
              + " is not one of customer "
              + entitlement.customerId()
              + " with ISV "
              + entitlement.isvId()
              + ".");
    }
  }

  static ResponseStatusException refusal(HttpStatus status, String message) {
    return new ResponseStatusException(status, message);
  }
}
