package com.deliverysupervision.order;

import com.deliverysupervision.identity.BusinessRelations;
import com.deliverysupervision.identity.ReadingAllUsersWithdrawn;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the seller and customer of every order placed before business relations were recorded keep
 * reading each other's profile when the old "everyone reads everyone" grant is withdrawn.
 */
@Component
class PartiesOfEarlierOrders {
  private static final Logger log = LoggerFactory.getLogger(PartiesOfEarlierOrders.class);

  private final JdbcClient jdbc;
  private final BusinessRelations relations;

  PartiesOfEarlierOrders(JdbcClient jdbc, BusinessRelations relations) {
    this.jdbc = jdbc;
    this.relations = relations;
  }

  @EventListener
  void establish(ReadingAllUsersWithdrawn withdrawn) {
    List<Parties> earlier =
        jdbc.sql("select distinct seller_id, customer_id from ds_order")
            .query(Parties.class)
            .list();
    earlier.forEach(
        parties -> relations.establish(parties.sellerId(), parties.customerId(), "earlier orders"));
    log.info("The parties of earlier orders read each other's profile: {} pairs", earlier.size());
  }

  private record Parties(String sellerId, String customerId) {}
}
