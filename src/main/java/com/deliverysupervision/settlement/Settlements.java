package com.deliverysupervision.settlement;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.order.DeliveryTemplate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Sellers' settlements of completed license orders and of their renewals (REL-2, LIC-7). */
@Service
public class Settlements {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final String ORDER_COLUMNS =
      "order_id, seller_id, amount, currency, completed_month, settled_month, settled_at";
  private static final String RENEWAL_COLUMNS =
      "renewal_id, order_id, seller_id, amount, currency, renewed_month, settled_month, settled_at";

  /** The settlements of orders and of renewals, as one list: a renewal names itself. */
  private static final String SETTLEMENTS =
      "(select order_id, cast(null as varchar(64)) renewal_id, seller_id, amount, currency,"
          + " completed_month, settled_month, settled_at from ds_settlement"
          + " union all select order_id, renewal_id, seller_id, amount, currency,"
          + " renewed_month completed_month, settled_month, settled_at"
          + " from ds_renewal_settlement) settlement";

  private final JdbcClient jdbc;
  private final List<String> settledTemplates;
  private final ZoneId zone;

  Settlements(
      JdbcClient jdbc, List<DeliveryTemplate> templates, @Value("${delivery.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.settledTemplates =
        templates.stream()
            .filter(DeliveryTemplate::settledMonthly)
            .map(DeliveryTemplate::processKey)
            .toList();
    this.zone = zone;
  }

  /**
   * Settles every order that completed in a calendar month before {@code runAt}'s (in the
   * marketplace's zone) and has no settlement yet, in the run's transaction: an order completed on
   * the last day of a month at 23:59 waits for the next month's run. If two runs race for an order,
   * the primary key lets one commit; the other's job fails and its retry finds it settled (ALL-4).
   *
   * @return how many orders this run settled
   */
  int settleOrders(OffsetDateTime runAt) {
    return settleEach(
        "select o.order_id due_key, o.completed_at due_at from ds_order o"
            + " where o.status = 'COMPLETED' and o.completed_at < ? and o.delivery_template in (%s)"
            + " and not exists (select 1 from ds_settlement s where s.order_id = o.order_id)",
        "insert into ds_settlement ("
            + ORDER_COLUMNS
            + ") select order_id, seller_id, amount, currency, ?, ?, ? from ds_order"
            + " where order_id = ?",
        runAt);
  }

  /**
   * Settles every paid renewal (LIC-7) of such an order made in a calendar month before {@code
   * runAt}'s and not settled yet, as {@link #settleOrders} its order: a renewal is an order that
   * completes when it is made, with no supervision. Renewals recorded before they carried an amount
   * are not settled.
   *
   * @return how many renewals this run settled
   */
  int settleRenewals(OffsetDateTime runAt) {
    return settleEach(
        "select r.renewal_id due_key, r.renewed_at due_at from ds_renewal r"
            + " join ds_order o on o.order_id = r.order_id"
            + " where r.amount is not null and r.renewed_at < ? and o.delivery_template in (%s)"
            + " and not exists"
            + " (select 1 from ds_renewal_settlement s where s.renewal_id = r.renewal_id)",
        "insert into ds_renewal_settlement ("
            + RENEWAL_COLUMNS
            + ") select r.renewal_id, r.order_id, o.seller_id, r.amount, r.currency, ?, ?, ?"
            + " from ds_renewal r join ds_order o on o.order_id = r.order_id"
            + " where r.renewal_id = ?",
        runAt);
  }

  /**
   * Inserts one settlement for each row the query finds due before {@code runAt}'s month, given the
   * month it became due in, the run's month, the run's time and its key.
   */
  private int settleEach(String dueQuery, String insert, OffsetDateTime runAt) {
    if (settledTemplates.isEmpty()) {
      return 0;
    }
    OffsetDateTime monthStart =
        runAt
            .atZoneSameInstant(zone)
            .withDayOfMonth(1)
            .toLocalDate()
            .atStartOfDay(zone)
            .toOffsetDateTime();
    String templates = String.join(",", Collections.nCopies(settledTemplates.size(), "?"));
    List<Due> due =
        jdbc.sql(dueQuery.formatted(templates))
            .param(monthStart)
            .params(settledTemplates)
            .query(Due.class)
            .list();
    String settledMonth = runAt.atZoneSameInstant(zone).format(MONTH);
    for (Due row : due) {
      jdbc.sql(insert)
          .params(
              row.dueAt().atZoneSameInstant(zone).format(MONTH), settledMonth, runAt, row.dueKey())
          .update();
    }
    return due.size();
  }

  /** An order or renewal to settle, and when it completed. */
  private record Due(String dueKey, OffsetDateTime dueAt) {}

  /** The settlement of an order's own amount, once the run made it. */
  public Optional<Settlement> of(String orderId) {
    return jdbc.sql("select * from " + SETTLEMENTS + " where order_id = ? and renewal_id is null")
        .param(orderId)
        .query(Settlement.class)
        .optional();
  }

  /** The settlement of a renewal's amount, once the run made it. */
  public Optional<Settlement> ofRenewal(String renewalId) {
    return jdbc.sql("select * from " + SETTLEMENTS + " where renewal_id = ?")
        .param(renewalId)
        .query(Settlement.class)
        .optional();
  }

  /** A seller's own settlements; operations managers and administrators see every seller's. */
  public List<Settlement> visibleTo(CurrentUser user, String month) {
    StringBuilder sql = new StringBuilder("select * from " + SETTLEMENTS + " where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (!user.seesAllOrders()) {
      sql.append(" and seller_id = ?");
      params.add(user.userId());
    }
    if (month != null) {
      sql.append(" and settled_month = ?");
      params.add(month);
    }
    sql.append(" order by settled_at desc, order_id, coalesce(renewal_id, '') limit 1000");
    return jdbc.sql(sql.toString()).params(params).query(Settlement.class).list();
  }
}
