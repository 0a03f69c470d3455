package com.deliverysupervision.order;

import com.deliverysupervision.catalogue.Currencies;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.rules.MarketplaceCalendar;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LIC-7: the marketplace renews an order that completed supervision; its validity is extended
 * directly, with no process, and both parties are told (ALL-5).
 */
@Service
public class Renewals {
  private static final Logger log = LoggerFactory.getLogger(Renewals.class);
  private static final String COLUMNS =
      "renewal_id, order_id, renewed_period, amount, currency, valid_until_before,"
          + " valid_until_after, renewed_at";

  private final OrderService orderService;
  private final JdbcClient jdbc;
  private final MarketplaceCalendar calendar;
  private final OperationRecords records;
  private final EngineClock clock;
  private final TransactionTemplate savepoint;
  private final ApplicationEventPublisher events;

  Renewals(
      OrderService orderService,
      JdbcClient jdbc,
      MarketplaceCalendar calendar,
      OperationRecords records,
      EngineClock clock,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events) {
    this.events = events;
    this.orderService = orderService;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.records = records;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Extends the order's validity by the period, counted from its start with every period bought
   * before (LIC-7, SAAS-4). A renewal ID used before for this order answers that renewal and
   * changes nothing; the key, not a look-up, decides between two concurrent requests.
   */
  @Transactional
  public Renewal renew(String orderId, NewRenewal renewal, CurrentUser caller) {
    if (!caller.isIn(Roles.MARKETPLACE_ADMINS)) {
      throw new RenewalNotAllowedException(
          HttpStatus.FORBIDDEN, "Only the marketplace renews orders.");
    }
    Order order = orderService.find(orderId, caller);
    requireOrdersCurrency(renewal, order);
    Optional<Renewal> earlier = find(renewal.renewalId());
    if (earlier.isPresent()) {
      return sameRenewal(earlier.get(), orderId, renewal);
    }
    if (order.status() != OrderStatus.COMPLETED) {
      throw new RenewalNotAllowedException(
          HttpStatus.CONFLICT,
          "Order "
              + orderId
              + " is "
              + order.status()
              + "; only an order that completed supervision is renewed.");
    }
    if (order.validUntil() == null) {
      throw new RenewalNotAllowedException(
          HttpStatus.CONFLICT,
          "Order " + orderId + " is valid without end (a one-time purchase); it is not renewed.");
    }
    // Locked: two renewals of one order at once each extend from where the other left it.
    OffsetDateTime validUntil =
        jdbc.sql("select valid_until from ds_order where order_id = ? for update")
            .param(orderId)
            .query(OffsetDateTime.class)
            .single();
    OffsetDateTime until =
        calendar
            .validityFrom(
                order.validFrom(),
                boughtSoFar(order).plus(Period.parse(renewal.period())).toString())
            .until();
    if (!until.isAfter(clock.now())) {
      // The customer would pay for a validity that lies wholly in the past.
      throw new RenewalNotAllowedException(
          HttpStatus.CONFLICT,
          "Order "
              + orderId
              + " expired on "
              + validUntil
              + "; renewed for "
              + renewal.period()
              + " it would be valid until "
              + until
              + ", which has passed. Renew it for a longer period, or buy it anew.");
    }
    try {
      // In a savepoint: on PostgreSQL a refused insert would abort the whole transaction.
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql("insert into ds_renewal (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                  .params(
                      renewal.renewalId(),
                      orderId,
                      renewal.period(),
                      renewal.amount(),
                      order.currency(),
                      validUntil,
                      until,
                      clock.now())
                  .update());
    } catch (DuplicateKeyException concurrent) {
      return sameRenewal(find(renewal.renewalId()).orElseThrow(), orderId, renewal);
    }
    jdbc.sql("update ds_order set valid_until = ? where order_id = ?")
        .params(until, orderId)
        .update();
    records.record(
        orderId,
        "Renewed",
        Map.of(
            "renewalId",
            renewal.renewalId(),
            "period",
            renewal.period(),
            "amount",
            renewal.amount().toPlainString() + " " + order.currency(),
            "validUntil",
            until.toString()));
    events.publishEvent(
        new OrderRenewed(
            renewal.renewalId(),
            orderId,
            order.sellerId(),
            order.customerId(),
            renewal.period(),
            renewal.amount(),
            order.currency(),
            until));
    log.info(
        "Order {} renewed by {} for {} at {} {}, valid until {}",
        orderId,
        renewal.renewalId(),
        renewal.period(),
        renewal.amount().toPlainString(),
        order.currency(),
        until);
    return find(renewal.renewalId()).orElseThrow();
  }

  /**
   * A renewal is paid in the order's currency (the settlement adds it to the order's), with no more
   * decimal places than that currency has.
   */
  private static void requireOrdersCurrency(NewRenewal renewal, Order order) {
    if (renewal.currency() != null && !renewal.currency().equals(order.currency())) {
      throw new RenewalNotAllowedException(
          HttpStatus.BAD_REQUEST,
          "currency: order "
              + order.orderId()
              + " is paid in "
              + order.currency()
              + ", and so is its renewal.");
    }
    Currencies.problemWith(renewal.amount(), order.currency())
        .ifPresent(
            problem -> {
              throw new RenewalNotAllowedException(
                  HttpStatus.BAD_REQUEST, "amount: " + problem + ".");
            });
  }

  /**
   * The periods bought so far, the first and each renewal's: a renewal ends where the validity's
   * start plus all of them ends, so that a month bought on Jan 31 and renewed twice by a month ends
   * on Mar 31, then Apr 30, not on Mar 28 as months added to Feb 28 would.
   */
  private Period boughtSoFar(Order order) {
    Period bought = Period.parse(order.purchasedPeriod());
    for (String renewed :
        jdbc.sql("select renewed_period from ds_renewal where order_id = ?")
            .param(order.orderId())
            .query(String.class)
            .list()) {
      bought = bought.plus(Period.parse(renewed));
    }
    return bought;
  }

  /**
   * A renewal ID sent again is the same renewal retried: it answers the first, and changes nothing.
   * With another order, period or amount it is no retry but a mistake the marketplace should hear
   * of, not a renewal it believes made.
   */
  private Renewal sameRenewal(Renewal earlier, String orderId, NewRenewal again) {
    if (!earlier.orderId().equals(orderId)) {
      throw new RenewalNotAllowedException(
          HttpStatus.CONFLICT,
          "Renewal " + earlier.renewalId() + " renewed another order already.");
    }
    if (!earlier.renewedPeriod().equals(again.period())
        || earlier.amount() == null
        || earlier.amount().compareTo(again.amount()) != 0) {
      throw new RenewalNotAllowedException(
          HttpStatus.CONFLICT,
          "Renewal "
              + earlier.renewalId()
              + " renewed order "
              + orderId
              + " already, for "
              + earlier.renewedPeriod()
              + (earlier.amount() == null
                  ? ""
                  : " at " + earlier.amount().toPlainString() + " " + earlier.currency())
              + "; another renewal needs an ID of its own.");
    }
    return earlier;
  }

  private Optional<Renewal> find(String renewalId) {
    return jdbc.sql("select " + COLUMNS + " from ds_renewal where renewal_id = ?")
        .param(renewalId)
        .query(Renewal.class)
        .optional();
  }
}
