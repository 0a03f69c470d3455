package com.deliverysupervision.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * REL-1: what the product catalogue says of an order's product: the delivery process its orders
 * follow and the price of what the order selects. The catalogue contributes it as a Spring bean.
 */
public interface CatalogueTerms {

  /**
   * The terms of a product that is in the catalogue; empty for one that is not (another
   * marketplace's). Refuses, with words for the marketplace, an order of a product that is not on
   * sale or a selection that it does not offer.
   */
  Optional<Terms> of(NewOrder order);

  /**
   * The delivery template of a product's revision as it was listed: the items a seller delivers
   * (LIC-3). Empty for a product or revision the catalogue does not have.
   */
  Optional<List<String>> deliveryItems(String productId, int revision);

  /** The terms of the revision on sale when the order was placed. */
  record Terms(
      String deliveryTemplate,
      BigDecimal amount,
      String currency,
      String sellerId,
      int productRevision,
      String productName,
      List<String> deliveryItems,
      int deliveryPeriodDays) {}
}
