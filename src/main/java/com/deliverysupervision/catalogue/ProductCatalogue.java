package com.deliverysupervision.catalogue;

import com.deliverysupervision.catalogue.ProductRepository.ProductRow;
import com.deliverysupervision.catalogue.ProductRepository.RevisionRow;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.rules.EngineClock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers' products (REL-6): created as drafts, edited, read. Only its seller sees a product that
 * was never listed; everyone sees a listed one; administrators see all (ALL-2).
 */
@Service
public class ProductCatalogue {
  private static final Logger log = LoggerFactory.getLogger(ProductCatalogue.class);

  private final ProductRepository products;
  private final ProductContent content;
  private final ReleaseReadiness readiness;
  private final EngineClock clock;

  ProductCatalogue(
      ProductRepository products,
      ProductContent content,
      ReleaseReadiness readiness,
      EngineClock clock) {
    this.products = products;
    this.content = content;
    this.readiness = readiness;
    this.clock = clock;
  }

  @Transactional
  public ProductView create(ProductDraft draft, CurrentUser seller) {
    if (!seller.isIn(Roles.SELLERS)) {
      throw CatalogueRefusal.forbidden("Only sellers create products.");
    }
    requireValid(draft);
    String productId = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    OffsetDateTime now = clock.now();
    products.insertProduct(productId, seller.userId(), now);
    products.insertRevision(productId, 1, draft.name(), content.write(draft), now);
    products.setWorkingRevision(productId, 1);
    log.info("Product {} created as a draft by {}", productId, seller.userId());
    return find(productId, seller);
  }

  /**
   * Saves the draft as the product's working revision: the draft in progress, or a new revision of
   * a listed product, which stays on sale as it is until the new one is listed (REL-6, REL-7).
   */
  @Transactional
  public ProductView edit(String productId, ProductDraft draft, CurrentUser seller) {
    ProductRow product = ownedForChange(productId, seller);
    requireValid(draft);
    OffsetDateTime now = clock.now();
    if (product.workingRevision() == null) {
      int revision = products.lastRevision(productId) + 1;
      products.insertRevision(productId, revision, draft.name(), content.write(draft), now);
      products.setWorkingRevision(productId, revision);
      log.info("Product {} revision {} drafted by {}", productId, revision, seller.userId());
    } else {
      RevisionRow working = products.revision(productId, product.workingRevision()).orElseThrow();
      if (working.state() != RevisionState.DRAFT) {
        throw CatalogueRefusal.conflict(
            "Product "
                + productId
                + " is under review; withdraw its release request to edit it (DELETE"
                + " /api/products/"
                + productId
                + "/release-requests/pending).");
      }
      products.updateDraft(productId, working.revision(), draft.name(), content.write(draft), now);
    }
    return find(productId, seller);
  }

  public ProductView find(String productId, CurrentUser user) {
    ProductRow product =
        products.find(productId).orElseThrow(() -> CatalogueRefusal.notFound(productId));
    boolean insider = isInsider(product, user);
    if (!insider && product.listedRevision() == null) {
      throw CatalogueRefusal.notFound(productId);
    }
    return view(product, insider);
  }

  /** Listed products, and for a seller its own, by name; administrators see all. */
  public List<ProductView> search(String name, int limit, int offset, CurrentUser user) {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw CatalogueRefusal.badRequest("limit must be from 1 to 1000 and offset 0 or more.");
    }
    boolean admin = user.isIn(Roles.MARKETPLACE_ADMINS);
    return products.search(name, user.userId(), !admin, limit, offset).stream()
        .map(product -> view(product, isInsider(product, user)))
        .toList();
  }

  /** The product locked for a change by its seller; others get 404, or 403 for a listed one. */
  ProductRow ownedForChange(String productId, CurrentUser seller) {
    ProductRow product =
        products.lock(productId).orElseThrow(() -> CatalogueRefusal.notFound(productId));
    if (!product.sellerId().equals(seller.userId())) {
      if (product.listedRevision() == null && !seller.isIn(Roles.MARKETPLACE_ADMINS)) {
        throw CatalogueRefusal.notFound(productId);
      }
      throw CatalogueRefusal.forbidden("Only the seller of product " + productId + " changes it.");
    }
    return product;
  }

  ProductDraft contentOf(String productId, int revision) {
    return content.read(products.revision(productId, revision).orElseThrow().content());
  }

  private void requireValid(ProductDraft draft) {
    List<String> problems = readiness.problemsOfDraft(draft);
    if (!problems.isEmpty()) {
      throw CatalogueRefusal.badRequest(String.join("; ", problems));
    }
  }

  private static boolean isInsider(ProductRow product, CurrentUser user) {
    return product.sellerId().equals(user.userId()) || user.isIn(Roles.MARKETPLACE_ADMINS);
  }

  private ProductView view(ProductRow product, boolean insider) {
    ProductDraft listed =
        product.listedRevision() == null
            ? null
            : contentOf(product.productId(), product.listedRevision());
    RevisionRow working =
        product.workingRevision() == null
            ? null
            : products.revision(product.productId(), product.workingRevision()).orElseThrow();
    String status =
        product.listedRevision() != null ? RevisionState.LISTED.name() : working.state().name();
    if (!insider) {
      return new ProductView(
          product.productId(),
          product.sellerId(),
          status,
          product.listedRevision(),
          listed,
          null,
          null,
          null,
          null,
          product.createdAt());
    }
    return new ProductView(
        product.productId(),
        product.sellerId(),
        status,
        product.listedRevision(),
        listed,
        product.workingRevision(),
        working == null ? null : working.state(),
        working == null ? null : content.read(working.content()),
        products.requestsOf(product.productId()),
        product.createdAt());
  }
}
