package com.deliverysupervision.billing;

import com.deliverysupervision.order.DeliveryTemplate;
import com.deliverysupervision.rules.MarketplaceZoneCycles;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The bills of completed orders and of their renewals (SAAS-3, LIC-7). */
@Service
public class Bills {
  private static final DateTimeFormatter CYCLE = DateTimeFormatter.ofPattern("yyyy-MM");

  /** The bills of orders and of renewals, as one list: a renewal names itself. */
  private static final String BILLS =
      "(select order_id, cast(null as varchar(64)) renewal_id, billing_cycle, amount, currency,"
          + " generated_at from ds_bill"
          + " union all select order_id, renewal_id, billing_cycle, amount, currency, generated_at"
          + " from ds_renewal_bill) bill";

  private final JdbcClient jdbc;
  private final List<String> billedTemplates;
  private final BillingRun run;
  private final ZoneId zone;

  Bills(
      JdbcClient jdbc,
      List<DeliveryTemplate> templates,
      BillingRun run,
      @Value("${delivery.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.run = run;
    this.billedTemplates =
        templates.stream()
            .filter(DeliveryTemplate::billedOnCompletion)
            .map(DeliveryTemplate::processKey)
            .toList();
    this.zone = zone;
  }

  /**
   * Bills, in the billing cycle that began last at or before {@code runAt}, every order whose flow
   * completed before that cycle began and that has no bill yet, in one statement: a run retried or
   * caught up later in its cycle leaves the orders completed in that cycle to the next one. An
   * order billed by an earlier or a concurrent run is skipped, and if two runs race for the same
   * order the primary key lets one commit; the other's job fails and its retry finds the bill there
   * (ALL-4).
   *
   * @return how many bills this run made
   */
  int generateForOrders(OffsetDateTime runAt) {
    return generate(
        "insert into ds_bill (order_id, billing_cycle, amount, currency, generated_at)"
            + " select o.order_id, ?, o.amount, o.currency, ? from ds_order o"
            + " where o.status = 'COMPLETED' and o.completed_at < ?"
            + " and o.delivery_template in (%s)"
            + " and not exists (select 1 from ds_bill b where b.order_id = o.order_id)",
        runAt);
  }

  /**
   * Bills every paid renewal (LIC-7) of such an order made before the cycle began and not billed
   * yet, as {@link #generateForOrders} its order: a renewal involves no supervision, so it
   * completes when it is made. Renewals recorded before they carried an amount are not billed.
   *
   * @return how many bills this run made
   */
  int generateForRenewals(OffsetDateTime runAt) {
    return generate(
        "insert into ds_renewal_bill"
            + " (renewal_id, order_id, billing_cycle, amount, currency, generated_at)"
            + " select r.renewal_id, r.order_id, ?, r.amount, r.currency, ? from ds_renewal r"
            + " join ds_order o on o.order_id = r.order_id"
            + " where r.amount is not null and r.renewed_at < ?"
            + " and o.delivery_template in (%s)"
            + " and not exists (select 1 from ds_renewal_bill b where b.renewal_id = r.renewal_id)",
        runAt);
  }

  /** Runs the insert with the cycle's name, the run's time, the cycle's start and the templates. */
  private int generate(String insert, OffsetDateTime runAt) {
    if (billedTemplates.isEmpty()) {
      return 0;
    }
    OffsetDateTime cycleBegan =
        MarketplaceZoneCycles.lastOccurrence(run.getCycle(), runAt.toInstant(), zone)
            .map(began -> began.atZone(zone).toOffsetDateTime())
            .orElse(runAt);
    String cycle = cycleBegan.atZoneSameInstant(zone).format(CYCLE);
    String templates = String.join(",", Collections.nCopies(billedTemplates.size(), "?"));
    return jdbc.sql(insert.formatted(templates))
        .param(cycle)
        .param(runAt)
        .param(cycleBegan)
        .params(billedTemplates)
        .update();
  }

  /** The bill of an order's own amount, once the run made it. */
  public Optional<Bill> of(String orderId) {
    return jdbc.sql("select * from " + BILLS + " where order_id = ? and renewal_id is null")
        .param(orderId)
        .query(Bill.class)
        .optional();
  }

  /** The bills of an order's own amount and of its renewals', oldest first. */
  public List<Bill> allOf(String orderId) {
    return jdbc.sql(
            "select * from " + BILLS + " where order_id = ? order by generated_at, renewal_id")
        .param(orderId)
        .query(Bill.class)
        .list();
  }

  /** The bill of a renewal's amount, once the run made it. */
  public Optional<Bill> ofRenewal(String renewalId) {
    return jdbc.sql("select * from " + BILLS + " where renewal_id = ?")
        .param(renewalId)
        .query(Bill.class)
        .optional();
  }
}
