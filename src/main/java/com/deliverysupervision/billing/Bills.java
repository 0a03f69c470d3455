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

/** The bills of completed orders (SAAS-3). */
@Service
public class Bills {
  private static final DateTimeFormatter CYCLE = DateTimeFormatter.ofPattern("yyyy-MM");

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
  int generate(OffsetDateTime runAt) {
    if (billedTemplates.isEmpty()) {
      return 0;
    }
    OffsetDateTime cycleBegan =
        MarketplaceZoneCycles.lastOccurrence(run.getCycle(), runAt.toInstant(), zone)
            .map(began -> began.atZone(zone).toOffsetDateTime())
            .orElse(runAt);
    String cycle = cycleBegan.atZoneSameInstant(zone).format(CYCLE);
    String templates = String.join(",", Collections.nCopies(billedTemplates.size(), "?"));
    return jdbc.sql(
            "insert into ds_bill (order_id, billing_cycle, amount, currency, generated_at)"
                + " select o.order_id, ?, o.amount, o.currency, ? from ds_order o"
                + " where o.status = 'COMPLETED' and o.completed_at < ?"
                + " and o.delivery_template in ("
                + templates
                + ")"
                + " and not exists (select 1 from ds_bill b where b.order_id = o.order_id)")
        .param(cycle)
        .param(runAt)
        .param(cycleBegan)
        .params(billedTemplates)
        .update();
  }

  public Optional<Bill> of(String orderId) {
    return jdbc.sql(
            "select order_id, billing_cycle, amount, currency, generated_at from ds_bill"
                + " where order_id = ?")
        .param(orderId)
        .query(Bill.class)
        .optional();
  }
}
