package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.notification.Notifications;
import com.deliverysupervision.notification.TasklistLinks;
import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GCP-1: the marketplace suspends, resumes or cancels an entitlement as its order goes. */
@Service
class EntitlementStateChanges {
  private static final Logger log = LoggerFactory.getLogger(EntitlementStateChanges.class);

  private final Entitlements entitlements;
  private final EntitlementRepository repository;
  private final RuntimeService runtimeService;
  private final Notifications notifications;
  private final SystemCalls systemCalls;
  private final EngineClock clock;

  EntitlementStateChanges(
      Entitlements entitlements,
      EntitlementRepository repository,
      RuntimeService runtimeService,
      Notifications notifications,
      SystemCalls systemCalls,
      EngineClock clock) {
    this.entitlements = entitlements;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.notifications = notifications;
    this.systemCalls = systemCalls;
    this.clock = clock;
  }

  /**
   * One that stops being active ends its transfer in progress as cancelled (its parties are told,
   * as of any cancellation); the entitlement's parties are told of the change. A cancelled
   * entitlement stays cancelled; the state it has already changes nothing.
   */
  @Transactional
  public Entitlement change(String entitlementId, NewEntitlementState change, CurrentUser caller) {
    if (!caller.isIn(Roles.MARKETPLACE_ADMINS)) {
      throw Entitlements.refusal(
          HttpStatus.FORBIDDEN, "Only the marketplace changes an entitlement's state.");
    }
    Entitlement entitlement = entitlements.find(entitlementId, caller);
    if (entitlement.state() == change.state()) {
      return entitlement;
    }
    if (entitlement.state() == EntitlementState.CANCELLED) {
      throw Entitlements.refusal(
          HttpStatus.CONFLICT,
          "Entitlement " + entitlementId + " was cancelled; a cancelled entitlement stays so.");
    }
    OffsetDateTime now = clock.now();
    if (!repository.changeState(
        entitlementId, entitlement.state(), change.state(), change.reason(), now)) {
      throw Entitlements.refusal(
          HttpStatus.CONFLICT,
          "Entitlement " + entitlementId + " changed at the same moment; read it and try again.");
    }
    Optional<String> transfer =
        change.state() == EntitlementState.ACTIVE
            ? Optional.empty()
            : repository.transferInProgress(entitlementId);
    transfer.ifPresent(transferId -> cancel(transferId, entitlementId, change));
    tellParties(entitlement, change, now, transfer.isPresent());
    log.info(
        "Entitlement {} {} -> {}: {}{}",
        entitlementId,
        entitlement.state(),
        change.state(),
        change.reason(),
        transfer.map(id -> " (transfer " + id + " cancelled)").orElse(""));
    return repository.find(entitlementId).orElseThrow();
  }

  /**
   * Through the diagram's "Entitlement no longer active". A transfer started by a version of the
   * diagram without that event is cancelled as an administrator would cancel it, with the same end
   * (TransferCancelled).
   */
  private void cancel(String transferId, String entitlementId, NewEntitlementState change) {
    String reason =
        "The marketplace made entitlement "
            + entitlementId
            + " "
            + change.state()
            + ": "
            + change.reason();
    systemCalls.run(
        () -> {
          boolean ended =
              !runtimeService
                  .createMessageCorrelation(EntitlementTransfer.NO_LONGER_ACTIVE)
                  .processInstanceId(transferId)
                  .setVariable(EntitlementTransfer.CANCELLATION_REASON, reason)
                  .correlateAllWithResult()
                  .isEmpty();
          if (!ended) {
            runtimeService.deleteProcessInstance(transferId, reason);
          }
          return null;
        });
  }

  private void tellParties(
      Entitlement entitlement,
      NewEntitlementState change,
      OffsetDateTime now,
      boolean transferCancelled) {
    notifications.tell(
        "entitlement:" + entitlement.entitlementId() + ":" + change.state() + ":" + now,
        Stream.of(entitlement.customerId(), entitlement.isvId(), entitlement.resellerId())
            .filter(Objects::nonNull)
            .toList(),
        "entitlementStateChanged",
        Map.of(
            "entitlementId",
            entitlement.entitlementId(),
            "state",
            change.state(),
            "reason",
            change.reason(),
            "transferCancelled",
            transferCancelled),
        null,
        TasklistLinks.entitlement(entitlement.entitlementId()));
  }
}
