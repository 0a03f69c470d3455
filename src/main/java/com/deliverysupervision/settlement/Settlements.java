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

/** Sellers' settlements of completed license orders (REL-2). */
@Service
public class Settlements {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final String COLUMNS =
      "order_id, seller_id, amount, currency, completed_month, settled_month, settled_at";

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
  int settle(OffsetDateTime runAt) {
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
    List<Completed> due =
        jdbc.sql(
                "select o.order_id, o.completed_at from ds_order o"
                    + " where o.status = 'COMPLETED' and o.completed_at < ?"
                    + " and o.delivery_template in ("
                    + templates
                    + ") and not exists"
                    + " (select 1 from ds_settlement s where s.order_id = o.order_id)")
            .param(monthStart)
            .params(settledTemplates)
            .query(Completed.class)
            .list();
    String settledMonth = runAt.atZoneSameInstant(zone).format(MONTH);
    for (Completed order : due) {
      jdbc.sql(
              "insert into ds_settlement ("
                  + COLUMNS
                  + ") select order_id, seller_id, amount,"
                  + " currency, ?, ?, ? from ds_order where order_id = ?")
          .params(
              order.completedAt().atZoneSameInstant(zone).format(MONTH),
              settledMonth,
              runAt,
              order.orderId())
          .update();
    }
    return due.size();
  }

  private record Completed(String orderId, OffsetDateTime completedAt) {}

  public Optional<Settlement> of(String orderId) {
    return jdbc.sql("select " + COLUMNS + " from ds_settlement where order_id = ?")
        .param(orderId)
        .query(Settlement.class)
        .optional();
  }

  /** A seller's own settlements; operations managers and administrators see every seller's. */
  public List<Settlement> visibleTo(CurrentUser user, String month) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from ds_settlement where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (!user.seesAllOrders()) {
      sql.append(" and seller_id = ?");
      params.add(user.userId());
    }
    if (month != null) {
      sql.append(" and settled_month = ?");
      params.add(month);
    }
    sql.append(" order by settled_at desc, order_id limit 1000");
    return jdbc.sql(sql.toString()).params(params).query(Settlement.class).list();
  }
}
