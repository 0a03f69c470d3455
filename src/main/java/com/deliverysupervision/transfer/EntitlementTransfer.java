package com.deliverysupervision.transfer;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.identity.StartedByParties;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The diagram {@code bpmn/gcp-entitlement-transfer.bpmn} and its variables. Customers start it
 * themselves, from Tasklist's start form or the API (GCP-3).
 */
@Component
public class EntitlementTransfer implements StartedByParties {
  public static final String PROCESS_KEY = "gcp-entitlement-transfer";

  public static final String ENTITLEMENT_ID = "entitlementId";
  static final String KIND = "transferKind";
  static final String CUSTOMER_COMPANY = "customerCompany";
  static final String OFFER_ID = "offerId";
  static final String CURRENT_BILLING_ACCOUNT = "currentBillingAccountId";
  static final String TARGET_BILLING_ACCOUNT = "targetBillingAccountId";
  static final String CURRENT_RESELLER = "currentResellerId";
  static final String TARGET_RESELLER = "targetResellerId";
  static final String MESSAGE = "transferMessage";
  static final String APPROVERS = "transferApprovers";

  /** The party one approval is for (the multi-instance's element), whoever its task is given to. */
  static final String APPROVER = "approver";

  static final String APPROVAL = "approval";
  static final String REJECTION_REASON = "rejectionReason";
  static final String DECLINE_REASON = "declineReason";
  static final String REJECTED = "transferRejected";

  /** The transfer a party's approval ({@code bpmn/gcp-transfer-approval.bpmn}) belongs to. */
  static final String TRANSFER_ID = "transferId";

  /**
   * What a transfer or one of its approvals is and whose, besides the order's parties: set by the
   * application, never changed by hand (FactsNotChangedByHand).
   */
  public static final List<String> FACTS =
      List.of(ENTITLEMENT_ID, KIND, APPROVERS, APPROVER, TRANSFER_ID);

  /** What the rules keep of a transfer's course: whether a party rejected it (GCP-5). */
  public static final List<String> RULE_STATE = List.of(REJECTED);

  /** GCP-1: the marketplace suspended or cancelled the entitlement; it carries the reason. */
  static final String NO_LONGER_ACTIVE = "entitlementNoLongerActive";

  static final String CANCELLATION_REASON = "cancellationReason";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /** GCP-3: the customer asks; the ISV files what the customer asked for. */
  @Override
  public List<String> startedBy() {
    return List.of(Roles.CUSTOMERS);
  }
}
