package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Google Cloud Marketplace entitlements and their transfers (GCP-1..GCP-5). */
@RestController
class EntitlementController {
  private final Entitlements entitlements;
  private final TransferRequests transfers;
  private final IdentityService identityService;

  EntitlementController(
      Entitlements entitlements, TransferRequests transfers, IdentityService identityService) {
    this.entitlements = entitlements;
    this.transfers = transfers;
    this.identityService = identityService;
  }

  @PostMapping("/api/entitlements")
  ResponseEntity<Entitlement> create(@Valid @RequestBody NewEntitlement entitlement) {
    Entitlement created = entitlements.create(entitlement, caller());
    return ResponseEntity.created(URI.create("/api/entitlements/" + created.entitlementId()))
        .body(created);
  }

  @GetMapping("/api/entitlements/{entitlementId}")
  Entitlement entitlement(@PathVariable String entitlementId) {
    return entitlements.find(entitlementId, caller());
  }

  @GetMapping("/api/entitlements/{entitlementId}/history")
  List<EntitlementChange> history(@PathVariable String entitlementId) {
    return entitlements.historyOf(entitlementId, caller());
  }

  @GetMapping("/api/entitlements/{entitlementId}/transfers")
  List<Transfer> transfers(@PathVariable String entitlementId) {
    return entitlements.transfersOf(entitlementId, caller());
  }

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
