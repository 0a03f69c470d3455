package com.deliverysupervision.transfer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entitlements, their transfers, approvals and changes, in the application's tables. */
@Repository
class EntitlementRepository {
  private static final String ENTITLEMENT =
      "select entitlement_id, order_id, customer_id, customer_company, isv_id, offer_id,"
          + " product_id, billing_account_id, reseller_id, state, created_at, state_reason,"
          + " state_changed_at from ds_entitlement";
  private static final String TRANSFER =
      "select transfer_id, entitlement_id, kind, requested_by, requested_at,"
          + " target_billing_account_id, target_reseller_id, state, reason, ended_at"
          + " from ds_transfer";

  private final JdbcClient jdbc;

  EntitlementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the ID is taken. */
  boolean insert(NewEntitlement entitlement, OffsetDateTime now) {
    return jdbc.sql(
                "insert into ds_entitlement (entitlement_id, order_id, customer_id,"
                    + " customer_company, isv_id, offer_id, product_id, billing_account_id,"
                    + " reseller_id, state, created_at)"
                    + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ? where not exists"
                    + " (select 1 from ds_entitlement where entitlement_id = ?)")
            .params(
                entitlement.entitlementId(),
                entitlement.orderId(),
                entitlement.customerId(),
                entitlement.customerCompany(),
                entitlement.isvId(),
                entitlement.offerId(),
                entitlement.productId(),
                entitlement.billingAccountId(),
                blankToNull(entitlement.resellerId()),
                now,
                entitlement.entitlementId())
            .update()
        == 1;
  }

  Optional<Entitlement> find(String entitlementId) {
    return jdbc.sql(ENTITLEMENT + " where entitlement_id = ?")
        .param(entitlementId)
        .query(Entitlement.class)
        .optional();
  }

  /** Every entitlement, newest first: for those who see all of them (ALL-2). */
  List<Entitlement> all(int limit, int offset) {
    return jdbc.sql(ENTITLEMENT + " order by created_at desc, entitlement_id limit ? offset ?")
        .params(limit, offset)
        .query(Entitlement.class)
        .list();
  }

  /**
   * ALL-2: the entitlements of which the user is the customer, the ISV or the reseller, or, when
   * {@code asApprover}, one of whose transfers it was asked to approve; newest first.
   */
  List<Entitlement> ofParty(String userId, boolean asApprover, int limit, int offset) {
    return jdbc.sql(
            ENTITLEMENT
                + " e where customer_id = :user or isv_id = :user or reseller_id = :user"
                + " or (:asApprover and exists (select 1 from ds_transfer_approval a"
                + " join ds_transfer t on t.transfer_id = a.transfer_id"
                + " where t.entitlement_id = e.entitlement_id and a.approver = :user))"
                + " order by created_at desc, entitlement_id limit :limit offset :offset")
        .param("user", userId)
        .param("asApprover", asApprover)
        .param("limit", limit)
        .param("offset", offset)
        .query(Entitlement.class)
        .list();
  }

  /** ALL-2: whether the user was asked to approve one of the entitlement's transfers. */
  boolean isApproverOf(String entitlementId, String userId) {
    return asApprover(entitlementId, userId, "");
  }

  /** ALL-2: whether the user approves one of the entitlement's transfers in progress. */
  boolean approvesNow(String entitlementId, String userId) {
    return asApprover(entitlementId, userId, " and t.state = 'IN_PROGRESS'");
  }

  private boolean asApprover(String entitlementId, String userId, String transfersWhere) {
    return jdbc.sql(
                "select count(*) from ds_transfer_approval a join ds_transfer t"
                    + " on t.transfer_id = a.transfer_id"
                    + " where t.entitlement_id = ? and a.approver = ?"
                    + transfersWhere)
            .params(entitlementId, userId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Records a transfer as in progress; false when the entitlement has one in progress already (the
   * unique key decides, also between two requests at the same moment).
   */
  boolean insertTransfer(
      String transferId,
      String entitlementId,
      TransferKind kind,
      String requestedBy,
      OffsetDateTime now,
      String targetBillingAccountId,
      String targetResellerId) {
    return jdbc.sql(
                "insert into ds_transfer (transfer_id, entitlement_id, kind, requested_by,"
                    + " requested_at, target_billing_account_id, target_reseller_id, state,"
                    + " in_progress_of)"
                    + " select ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ? where not exists"
                    + " (select 1 from ds_transfer where in_progress_of = ?)")
            .params(
                transferId,
                entitlementId,
                kind.name(),
                requestedBy,
                now,
                targetBillingAccountId,
                blankToNull(targetResellerId),
                entitlementId,
                entitlementId)
            .update()
        == 1;
  }

  /** False when the entitlement was not in state {@code from} any more. */
  boolean changeState(
      String entitlementId,
      EntitlementState from,
      EntitlementState to,
      String reason,
      OffsetDateTime now) {
    return jdbc.sql(
                "update ds_entitlement set state = ?, state_reason = ?, state_changed_at = ?"
                    + " where entitlement_id = ? and state = ?")
            .params(to.name(), reason, now, entitlementId, from.name())
            .update()
        == 1;
  }

  Optional<String> transferInProgress(String entitlementId) {
    return jdbc.sql("select transfer_id from ds_transfer where in_progress_of = ?")
        .param(entitlementId)
        .query(String.class)
        .optional();
  }

  /** The targets as the ISV filed them, perhaps corrected on the marketplace's question. */
  void updateTargets(String transferId, String targetBillingAccountId, String targetResellerId) {
    jdbc.sql(
            "update ds_transfer set target_billing_account_id = ?, target_reseller_id = ?"
                + " where transfer_id = ?")
        .params(targetBillingAccountId, blankToNull(targetResellerId), transferId)
        .update();
  }

  /** Ends the transfer once: a step run again leaves the first end. */
  void end(String transferId, String state, String reason, OffsetDateTime now) {
    jdbc.sql(
            "update ds_transfer set state = ?, reason = ?, ended_at = ?, in_progress_of = null"
                + " where transfer_id = ? and state = 'IN_PROGRESS'")
        .params(state, reason, now, transferId)
        .update();
  }

  List<TransferRow> transfersOf(String entitlementId) {
    return jdbc.sql(TRANSFER + " where entitlement_id = ? order by requested_at desc")
        .param(entitlementId)
        .query(TransferRow.class)
        .list();
  }

  Optional<TransferRow> transfer(String transferId) {
    return jdbc.sql(TRANSFER + " where transfer_id = ?")
        .param(transferId)
        .query(TransferRow.class)
        .optional();
  }

  record TransferRow(
      String transferId,
      String entitlementId,
      TransferKind kind,
      String requestedBy,
      OffsetDateTime requestedAt,
      String targetBillingAccountId,
      String targetResellerId,
      String state,
      String reason,
      OffsetDateTime endedAt) {}

  /** GCP-2: who must approve; a step run again adds none. */
  void insertApprovers(String transferId, List<String> approvers) {
    for (String approver : approvers) {
      jdbc.sql(
              "insert into ds_transfer_approval (transfer_id, approver, decision)"
                  + " select ?, ?, 'PENDING' where not exists (select 1 from ds_transfer_approval"
                  + " where transfer_id = ? and approver = ?)")
          .params(transferId, approver, transferId, approver)
          .update();
    }
  }

  /** Records the approver's decision; false when it had none pending. */
  boolean decide(
      String transferId, String approver, String decision, String reason, OffsetDateTime now) {
    return jdbc.sql(
                "update ds_transfer_approval set decision = ?, reason = ?, decided_at = ?"
                    + " where transfer_id = ? and approver = ? and decision = 'PENDING'")
            .params(decision, reason, now, transferId, approver)
            .update()
        == 1;
  }

  /**
   * Whether the reseller does business with the other user apart from this transfer: an entitlement
   * names both, or another transfer in progress or completed has both among its approvers.
   */
  boolean relatedApartFrom(String transferId, String resellerId, String otherUserId) {
    return jdbc.sql(
                "select (select count(*) from ds_entitlement where reseller_id = ?"
                    + " and (customer_id = ? or isv_id = ?))"
                    + " + (select count(*) from ds_transfer_approval a"
                    + " join ds_transfer_approval b on b.transfer_id = a.transfer_id"
                    + " join ds_transfer t on t.transfer_id = a.transfer_id"
                    + " where a.approver = ? and b.approver = ? and t.transfer_id <> ?"
                    + " and t.state in ('IN_PROGRESS', 'COMPLETED'))")
            .params(resellerId, otherUserId, otherUserId, resellerId, otherUserId, transferId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<TransferApproval> approvalsOf(String transferId) {
    return jdbc.sql(
            "select approver, decision, reason, decided_at from ds_transfer_approval"
                + " where transfer_id = ? order by approver")
        .param(transferId)
        .query(TransferApproval.class)
        .list();
  }

  /**
   * GCP-3, ALL-4: moves the entitlement as the transfer asks, once: the change's key is the
   * transfer, and only the statement that recorded it changes the entitlement. False when the
   * transfer had changed it already.
   */
  boolean applyOnce(EntitlementChange change) {
    int recorded =
        jdbc.sql(
                "insert into ds_entitlement_change (transfer_id, entitlement_id, kind,"
                    + " billing_account_before, billing_account_after, reseller_before,"
                    + " reseller_after, changed_at)"
                    + " select ?, ?, ?, ?, ?, ?, ?, ? where not exists"
                    + " (select 1 from ds_entitlement_change where transfer_id = ?)")
            .params(
                change.transferId(),
                change.entitlementId(),
                change.kind().name(),
                change.billingAccountBefore(),
                change.billingAccountAfter(),
                change.resellerBefore(),
                change.resellerAfter(),
                change.changedAt(),
                change.transferId())
            .update();
    if (recorded == 0) {
      return false;
    }
    jdbc.sql(
            "update ds_entitlement set billing_account_id = ?, reseller_id = ?"
                + " where entitlement_id = ?")
        .params(change.billingAccountAfter(), change.resellerAfter(), change.entitlementId())
        .update();
    return true;
  }

  List<EntitlementChange> changesOf(String entitlementId) {
    return jdbc.sql(
            "select transfer_id, entitlement_id, kind, billing_account_before,"
                + " billing_account_after, reseller_before, reseller_after, changed_at"
                + " from ds_entitlement_change where entitlement_id = ? order by changed_at")
        .param(entitlementId)
        .query(EntitlementChange.class)
        .list();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
