package com.deliverysupervision.catalogue;

import com.deliverysupervision.identity.CurrentUser;
import java.util.Currency;
import org.springframework.stereotype.Component;

/** Prices selections of listed products (REL-4, REL-5) with the revision on sale. */
@Component
public class ProductPrices {
  private final ProductCatalogue catalogue;
  private final PriceCalculator calculator;

  ProductPrices(ProductCatalogue catalogue, PriceCalculator calculator) {
    this.catalogue = catalogue;
    this.calculator = calculator;
  }

  /** For any logged-in user: the product must be listed, or be the user's own to see it. */
  public Quote quote(String productId, Selection selection, CurrentUser user) {
    ProductView product = catalogue.find(productId, user);
    if (product.listed() == null) {
      throw CatalogueRefusal.conflict("Product " + productId + " is not on sale yet.");
    }
    return quoteListed(productId, product.listedRevision(), product.listed(), selection);
  }

  /** The price of a selection of the revision on sale; 400 naming what it does not offer. */
  Quote quoteListed(String productId, int revision, ProductDraft listed, Selection selection) {
    Specification specification =
        listed.specifications().stream()
            .filter(candidate -> candidate.name().equals(selection.specification()))
            .findFirst()
            .orElseThrow(
                () ->
                    CatalogueRefusal.badRequest(
                        "specification: product "
                            + productId
                            + " offers "
                            + listed.specifications().stream().map(Specification::name).toList()
                            + ", not '"
                            + selection.specification()
                            + "'"));
    try {
      return new Quote(
          productId,
          revision,
          specification.name(),
          listed.serviceFlowTemplate(),
          calculator.priceOf(specification, Currency.getInstance(listed.currency()), selection),
          listed.currency());
    } catch (PricingException notOffered) {
      throw CatalogueRefusal.badRequest(notOffered.getMessage());
    }
  }
}
