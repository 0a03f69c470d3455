package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.process.StepRefused;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whether a transfer of this kind to these targets is allowed on the entitlement now (GCP-1):
 * checked when the customer asks, and again when the ISV files or corrects the request.
 */
@Component
class TransferTerms {
  private final IdentityService identityService;

  // Lazy: a completion hook needs this before the engine exists.
  TransferTerms(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  void check(
      Entitlement entitlement,
      TransferKind kind,
      String targetBillingAccountId,
      String targetResellerId) {
    if (!entitlement.isActive()) {
      throw new StepRefused(
          HttpStatus.CONFLICT,
          EntitlementTransfer.ENTITLEMENT_ID,
          "Entitlement "
              + entitlement.entitlementId()
              + " is "
              + entitlement.state()
              + "; only an active entitlement is transferred.");
    }
    kind.misfit(entitlement, targetBillingAccountId, targetResellerId)
        .ifPresent(
            problem -> {
              throw new StepRefused(
                  HttpStatus.BAD_REQUEST, EntitlementTransfer.TARGET_BILLING_ACCOUNT, problem);
            });
    String resellerAfter = kind.resellerAfter(entitlement, targetResellerId);
    if (resellerAfter != null && !isReseller(resellerAfter)) {
      throw new StepRefused(
          HttpStatus.BAD_REQUEST,
          EntitlementTransfer.TARGET_RESELLER,
          resellerAfter + " is not a reseller of the marketplace.");
    }
  }

  /** Read as the application: the caller may not read the groups of other users. */
  private boolean isReseller(String userId) {
    return Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(Roles.RESELLERS)
                        .count())
        > 0;
  }
}
