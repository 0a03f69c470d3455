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

  public Quote quote(String productId, Selection selection, CurrentUser user) {
    ProductView product = catalogue.find(productId, user);
    if (product.listed() == null) {
      throw CatalogueRefusal.conflict("Product " + productId + " is not on sale yet.");
    }
    ProductDraft listed = product.listed();
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
    return new Quote(
        productId,
        product.listedRevision(),
        specification.name(),
        listed.serviceFlowTemplate(),
        calculator.priceOf(specification, Currency.getInstance(listed.currency()), selection),
        listed.currency());
  }
}
