package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Google Cloud Marketplace entitlements and their transfers (GCP-1..GCP-5). */
@Tag(name = "Entitlement transfers")
@RestController
class EntitlementController {
  private final Entitlements entitlements;
  private final EntitlementStateChanges stateChanges;
  private final TransferRequests transfers;
  private final IdentityService identityService;

  EntitlementController(
      Entitlements entitlements,
      EntitlementStateChanges stateChanges,
      TransferRequests transfers,
      IdentityService identityService) {
    this.entitlements = entitlements;
    this.stateChanges = stateChanges;
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Create an entitlement",
      description =
          "Marketplace administrators (GCP-1): each party must be in its group (400 otherwise); 409 for a known ID; 403 for anyone else.")
  @PostMapping("/api/entitlements")
  ResponseEntity<Entitlement> create(@Valid @RequestBody NewEntitlement entitlement) {
    Entitlement created = entitlements.create(entitlement, caller());
    return ResponseEntity.created(URI.create("/api/entitlements/" + created.entitlementId()))
        .body(created);
  }

  @Operation(
      summary = "Change an entitlement's state",
      description =
          "Marketplace administrators (GCP-1): state ACTIVE, SUSPENDED or CANCELLED with a reason. An entitlement that stops being active ends its transfer in progress as cancelled; its parties are told. The state it has already changes nothing (200); 409 for a cancelled entitlement; 400 for a missing state or reason; 403 for anyone else.")
  @PutMapping("/api/entitlements/{entitlementId}/state")
  Entitlement changeState(
      @PathVariable String entitlementId, @Valid @RequestBody NewEntitlementState change) {
    return stateChanges.change(entitlementId, change, caller());
  }

  @Operation(
      summary = "List the caller's entitlements",
      description =
          "Those the caller may read (ALL-2): its customer, ISV and reseller their own, resellers also those whose transfer they were asked to approve (once none they approve is in progress, without what it holds now), operations managers and administrators all; newest first. 400 for a limit or offset out of range.")
  @GetMapping("/api/entitlements")
  List<Entitlement> entitlements(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
    return entitlements.readableBy(caller(), limit, offset);
  }

  @Operation(
      summary = "Read an entitlement",
      description =
          "Its customer, ISV and reseller, resellers asked to approve one of its transfers, operations managers, administrators (ALL-2). A reseller that is none of its parties and approves none of its transfers in progress reads whose it is, without what it holds now (billing account, reseller, state, offer, product, order). 404 for anyone else.")
  @GetMapping("/api/entitlements/{entitlementId}")
  Entitlement entitlement(@PathVariable String entitlementId) {
    return entitlements.read(entitlementId, caller());
  }

  @Operation(
      summary = "An entitlement's history",
      description =
          "Its readers: every change with the transfer that made it, oldest first (GCP-3).")
  @GetMapping("/api/entitlements/{entitlementId}/history")
  List<EntitlementChange> history(@PathVariable String entitlementId) {
    return entitlements.historyOf(entitlementId, caller());
  }

  @Operation(
      summary = "An entitlement's transfers",
      description =
          "Its readers: each transfer's state, the steps it waits at and for whom, every approver's decision (GCP-2).")
  @GetMapping("/api/entitlements/{entitlementId}/transfers")
  List<Transfer> transfers(@PathVariable String entitlementId) {
    return entitlements.transfersOf(entitlementId, caller());
  }

  @Operation(
      summary = "Ask for a transfer",
      description =
          "Its customer (GCP-1, GCP-3). 201; 400 for a kind that does not fit, a target equal to the current state, a target reseller that is not one; 409 for an entitlement not active or with a transfer in progress; 403 for its other parties; 404 for anyone else.")
  @PostMapping("/api/entitlements/{entitlementId}/transfers")
  ResponseEntity<Transfer> ask(
      @PathVariable String entitlementId, @Valid @RequestBody NewTransfer request) {
    Transfer transfer = transfers.ask(entitlementId, request, caller());
    return ResponseEntity.created(URI.create("/api/entitlements/" + entitlementId + "/transfers"))
        .body(transfer);
  }

  private CurrentUser caller() {
    return CurrentUser.of(identityService);
  }
}
