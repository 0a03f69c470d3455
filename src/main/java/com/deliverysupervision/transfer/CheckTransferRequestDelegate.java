package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.OrderAccess;
import com.deliverysupervision.notification.Notify;
import com.deliverysupervision.notification.TasklistLinks;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.StepRefused;
import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "Check the customer's request" (GCP-1, GCP-3): a transfer starts from Tasklist's start form, the
 * application's API or Camunda's REST API; whichever it was, the one who asks is the logged-in user
 * who started it, and the transfer takes the entitlement's facts from the entitlement, never from
 * what the starter submitted. A refusal rolls the start back.
 */
@Component
class CheckTransferRequestDelegate implements JavaDelegate {
  private static final Logger log = LoggerFactory.getLogger(CheckTransferRequestDelegate.class);

  private final EntitlementRepository entitlements;
  private final TransferTerms terms;
  private final OrderAccess access;
  private final EngineClock clock;

  CheckTransferRequestDelegate(
      EntitlementRepository entitlements,
      TransferTerms terms,
      OrderAccess access,
      EngineClock clock) {
    this.entitlements = entitlements;
    this.terms = terms;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution transfer) {
    String customer = Context.getCommandContext().getAuthenticatedUserId();
    String entitlementId = text(transfer, EntitlementTransfer.ENTITLEMENT_ID);
    if (customer == null || entitlementId == null) {
      throw new StepRefused(
          HttpStatus.BAD_REQUEST,
          EntitlementTransfer.ENTITLEMENT_ID,
          "The customer of an entitlement, logged in, names the entitlement to transfer.");
    }
    Entitlement entitlement =
        entitlements
            .find(entitlementId)
            .filter(found -> customer.equals(found.customerId()))
            .orElseThrow(
                () ->
                    new StepRefused(
                        HttpStatus.NOT_FOUND,
                        EntitlementTransfer.ENTITLEMENT_ID,
                        "You have no entitlement "
                            + entitlementId
                            + "; only its customer asks for its transfer."));
    TransferKind kind = kindOf(transfer);
    String targetBillingAccount = text(transfer, EntitlementTransfer.TARGET_BILLING_ACCOUNT);
    String targetReseller = text(transfer, EntitlementTransfer.TARGET_RESELLER);
    terms.check(entitlement, kind, targetBillingAccount, targetReseller);
    if (!entitlements.insertTransfer(
        transfer.getProcessInstanceId(),
        entitlementId,
        kind,
        customer,
        clock.now(),
        targetBillingAccount,
        targetReseller)) {
      throw new StepRefused(
          HttpStatus.CONFLICT,
          EntitlementTransfer.ENTITLEMENT_ID,
          "Entitlement "
              + entitlementId
              + " has a transfer in progress already: wait for it to end.");
    }
    transfer.setProcessBusinessKey(entitlementId);
    transfer.setVariable(EntitlementTransfer.ENTITLEMENT_ID, entitlementId);
    transfer.setVariable(OrderVariables.CUSTOMER_ID, entitlement.customerId());
    transfer.setVariable(OrderVariables.SELLER_ID, entitlement.isvId());
    transfer.setVariable(OrderVariables.PRODUCT_ID, entitlement.productId());
    transfer.setVariable(EntitlementTransfer.KIND, kind.name());
    transfer.setVariable(EntitlementTransfer.CUSTOMER_COMPANY, entitlement.customerCompany());
    transfer.setVariable(EntitlementTransfer.OFFER_ID, entitlement.offerId());
    transfer.setVariable(
        EntitlementTransfer.CURRENT_BILLING_ACCOUNT, entitlement.billingAccountId());
    transfer.setVariable(EntitlementTransfer.CURRENT_RESELLER, entitlement.resellerId());
    transfer.setVariable(EntitlementTransfer.TARGET_BILLING_ACCOUNT, targetBillingAccount);
    transfer.setVariable(EntitlementTransfer.TARGET_RESELLER, targetReseller);
    transfer.setVariable(EntitlementTransfer.REJECTED, false);
    transfer.setVariable(Notify.DETAILS_LINK, TasklistLinks.entitlement(entitlementId));
    access.grantParties(
        transfer.getProcessInstanceId(), entitlement.isvId(), entitlement.customerId());
    log.info(
        "Transfer {} of entitlement {} ({}) asked for by {}",
        transfer.getProcessInstanceId(),
        entitlementId,
        kind,
        customer);
  }

  private static TransferKind kindOf(DelegateExecution transfer) {
    String kind = text(transfer, EntitlementTransfer.KIND);
    try {
      return TransferKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException unknown) {
      throw new StepRefused(
          HttpStatus.BAD_REQUEST,
          EntitlementTransfer.KIND,
          "Name the kind of transfer: BILLING_ACCOUNT, RESELLER_TO_DIRECT, DIRECT_TO_RESELLER or"
              + " CHANGE_RESELLER (GCP-1).");
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value =
        EntitlementTransfer.ENTITLEMENT_ID.equals(name) && execution.getProcessBusinessKey() != null
            ? execution.getProcessBusinessKey()
            : execution.getVariable(name);
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
