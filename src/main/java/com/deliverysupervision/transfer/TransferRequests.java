package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A customer asks its ISV for a transfer through the API (GCP-3): the same start as Tasklist's
 * start form, run as the customer, so that the process's first step checks it the same way.
 */
@Service
public class TransferRequests {
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;
  private final Entitlements entitlements;

  TransferRequests(
      RuntimeService runtimeService, SystemCalls systemCalls, Entitlements entitlements) {
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
    this.entitlements = entitlements;
  }

  public Transfer ask(String entitlementId, NewTransfer request, CurrentUser customer) {
    // Say why to the entitlement's other parties, rather than "not authorized".
    Entitlement entitlement = entitlements.find(entitlementId, customer);
    if (!customer.userId().equals(entitlement.customerId())) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Only the customer of entitlement "
              + entitlementId
              + " asks for its transfer; its ISV files what the customer asked for.");
    }
    String transferId =
        systemCalls.runAs(
            customer,
            () ->
                runtimeService
                    .createProcessInstanceByKey(EntitlementTransfer.PROCESS_KEY)
                    .businessKey(entitlementId)
                    .setVariable(EntitlementTransfer.KIND, request.kind().name())
                    .setVariable(
                        EntitlementTransfer.TARGET_BILLING_ACCOUNT,
                        request.targetBillingAccountId())
                    .setVariable(EntitlementTransfer.TARGET_RESELLER, request.targetResellerId())
                    .setVariable(EntitlementTransfer.MESSAGE, request.message())
                    .execute()
                    .getId());
    return entitlements.transfersOf(entitlementId, customer).stream()
        .filter(transfer -> transfer.transferId().equals(transferId))
        .findFirst()
        .orElseThrow();
  }
}
