package com.deliverysupervision.catalogue;

import com.deliverysupervision.catalogue.ProductRepository.ProductRow;
import com.deliverysupervision.order.CatalogueTerms;
import com.deliverysupervision.order.NewOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * REL-1: an order of a catalogue product follows the revision on sale when it was placed: its
 * service flow template, its seller and the price of the selection. A product that is not listed
 * cannot be ordered.
 */
@Component
class CatalogueOrderTerms implements CatalogueTerms {
  private final ProductRepository products;
  private final ProductContent content;
  private final ProductPrices prices;

  CatalogueOrderTerms(ProductRepository products, ProductContent content, ProductPrices prices) {
    this.products = products;
    this.content = content;
    this.prices = prices;
  }

  @Override
  public Optional<Terms> of(NewOrder order) {
    Optional<ProductRow> found = products.find(order.productId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProductRow product = found.get();
    if (product.listedRevision() == null) {
      throw CatalogueRefusal.badRequest(
          "productId: product " + order.productId() + " is not on sale: it was never listed.");
    }
    int revision = revisionOnSale(product, order.placedAt());
    ProductDraft listed =
        content.read(products.revision(product.productId(), revision).orElseThrow().content());
    Quote quote =
        prices.quoteListed(
            product.productId(),
            revision,
            listed,
            new Selection(
                order.specification(),
                order.attributes(),
                order.quantities(),
                order.purchasedPeriod()));
    return Optional.of(
        new Terms(
            quote.serviceFlowTemplate(),
            quote.amount(),
            quote.currency(),
            product.sellerId(),
            revision,
            listed.name(),
            listed.deliveryItems(),
            listed.deliveryPeriodDays()));
  }

  /**
   * The revision on sale when the customer placed the order: an order sent after its placement
   * (LIC-8) pays the price listed then, not one listed since.
   */
  private int revisionOnSale(ProductRow product, OffsetDateTime placedAt) {
    if (placedAt == null) {
      return product.listedRevision();
    }
    return products
        .revisionListedAt(product.productId(), placedAt)
        .orElseThrow(
            () ->
                CatalogueRefusal.badRequest(
                    "placedAt: product "
                        + product.productId()
                        + " was not on sale yet at "
                        + placedAt
                        + "; it was listed later."));
  }

  @Override
  public Optional<List<String>> deliveryItems(String productId, int revision) {
    return products
        .revision(productId, revision)
        .map(row -> content.read(row.content()).deliveryItems());
  }
}
