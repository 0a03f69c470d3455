package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import com.deliverysupervision.identity.Grants.UserGrant;
import com.deliverysupervision.rules.EngineClock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ALL-2: a seller, customer or reseller reads the profile (name, e-mail) of itself and of the users
 * it does business with, and of nobody else. Two users become parties of each other when an order,
 * an entitlement or a transfer names both: from then on each holds READ on the other's Camunda
 * user, which is what every user query, profile and Tasklist's assignee names check. A relation
 * only a transfer gave is taken back when the transfer ends without moving the order.
 */
@Component
public class BusinessRelations {
  private static final Logger log = LoggerFactory.getLogger(BusinessRelations.class);

  /** What a relation only a transfer gave says as its cause, followed by the transfer's ID. */
  public static final String TRANSFER_CAUSE = "transfer ";

  /**
   * Relations of orders and entitlements are never taken back, so a pair once seen needs no further
   * look-up on this node (most orders are of pairs that did business before). Filled only with
   * committed relations, never with those that may be withdrawn.
   */
  private final Cache<Pair, Boolean> established =
      Caffeine.newBuilder().maximumSize(100_000).build();

  private final JdbcClient jdbc;
  private final Grants grants;
  private final SystemCalls systemCalls;
  private final EngineClock clock;
  private final TransactionTemplate savepoint;

  BusinessRelations(
      JdbcClient jdbc,
      Grants grants,
      SystemCalls systemCalls,
      EngineClock clock,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.grants = grants;
    this.systemCalls = systemCalls;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Makes the two users parties of each other because of {@code cause} (e.g. "order A-1001"), in
   * the caller's transaction: if that rolls back, nothing is granted. A user is no party of itself.
   */
  public void establish(String userId, String otherUserId, String cause) {
    if (!userId.equals(otherUserId) && establishedNow(Pair.of(userId, otherUserId), cause, true)) {
      rememberOnCommit(Pair.of(userId, otherUserId));
    }
  }

  /**
   * As {@link #establish}, for a relation that may be withdrawn ({@link #withdraw}): not
   * remembered, so that no node skips granting it again after a withdrawal.
   */
  public void establishUntilWithdrawn(String userId, String otherUserId, String cause) {
    if (!userId.equals(otherUserId)) {
      establishedNow(Pair.of(userId, otherUserId), cause, false);
    }
  }

  /**
   * Takes back a relation that only a transfer gave ({@link #TRANSFER_CAUSE}), which the caller
   * found nothing else to need: its record and both READ grants go. One an order or an entitlement
   * gave stays.
   */
  public void withdraw(String userId, String otherUserId) {
    Pair pair = Pair.of(userId, otherUserId);
    if (userId.equals(otherUserId) || established.getIfPresent(pair) != null) {
      return;
    }
    int withdrawn =
        jdbc.sql(
                "delete from ds_business_relation where user_id = ? and other_user_id = ?"
                    + " and established_by like ?")
            .params(pair.first(), pair.second(), TRANSFER_CAUSE + "%")
            .update();
    if (withdrawn == 1) {
      systemCalls.run(
          () -> {
            grants.revokeFromUsers(
                List.of(
                    new UserGrant(pair.first(), USER, pair.second(), READ),
                    new UserGrant(pair.second(), USER, pair.first(), READ)));
            return null;
          });
      log.info(
          "{} and {} no longer do business with each other: neither reads the other's profile",
          pair.first(),
          pair.second());
    }
  }

  /**
   * Whether the relation is recorded, by this call or before; granted when this call records it. A
   * lasting cause replaces a transfer's, so that the relation is no longer withdrawn with it.
   */
  private boolean establishedNow(Pair pair, String cause, boolean lasting) {
    if (established.getIfPresent(pair) != null) {
      return false;
    }
    Optional<String> recorded = causeOf(pair);
    if (recorded.isPresent()
        && (!lasting || !recorded.get().startsWith(TRANSFER_CAUSE) || replacedCause(pair, cause))) {
      return true;
    }
    // Not recorded, or withdrawn with its transfer since it was read (another node): record it.
    if (insertedFirst(pair, cause)) {
      systemCalls.run(
          () -> {
            grants.toUsersUnlessHeld(
                List.of(
                    new UserGrant(pair.first(), USER, pair.second(), READ),
                    new UserGrant(pair.second(), USER, pair.first(), READ)));
            return null;
          });
      log.info(
          "{} and {} do business with each other ({}): each may read the other's profile now",
          pair.first(),
          pair.second(),
          cause);
    }
    return true;
  }

  private boolean replacedCause(Pair pair, String cause) {
    return jdbc.sql(
                "update ds_business_relation set established_by = ?"
                    + " where user_id = ? and other_user_id = ?")
            .params(cause, pair.first(), pair.second())
            .update()
        == 1;
  }

  private Optional<String> causeOf(Pair pair) {
    return jdbc.sql(
            "select established_by from ds_business_relation where user_id = ? and other_user_id = ?")
        .param(pair.first())
        .param(pair.second())
        .query(String.class)
        .optional();
  }

  /**
   * Whether this transaction recorded the relation. Two placements of a new pair on two nodes both
   * find none; the key lets one insert it, the other waits for that one's commit and then gives
   * way, in a savepoint, so that its own placement goes on.
   */
  private boolean insertedFirst(Pair pair, String cause) {
    try {
      return savepoint.execute(
          status ->
              jdbc.sql(
                          "insert into ds_business_relation"
                              + " (user_id, other_user_id, established_at, established_by)"
                              + " values (?, ?, ?, ?)")
                      .param(pair.first())
                      .param(pair.second())
                      .param(clock.now())
                      .param(cause)
                      .update()
                  == 1);
    } catch (DuplicateKeyException establishedMeanwhile) {
      return false;
    }
  }

  private void rememberOnCommit(Pair pair) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              established.put(pair, Boolean.TRUE);
            }
          });
    } else {
      established.put(pair, Boolean.TRUE);
    }
  }

  /** The two users of a relation, the smaller ID first, so that each pair has one row. */
  private record Pair(String first, String second) {
    static Pair of(String userId, String otherUserId) {
      return userId.compareTo(otherUserId) < 0
          ? new Pair(userId, otherUserId)
          : new Pair(otherUserId, userId);
    }
  }
}
