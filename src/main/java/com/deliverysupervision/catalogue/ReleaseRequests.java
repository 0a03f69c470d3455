package com.deliverysupervision.catalogue;

import com.deliverysupervision.catalogue.ProductRepository.ProductRow;
import com.deliverysupervision.catalogue.ProductRepository.RevisionRow;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.rules.WorkingDays;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller submits its product's working revision for release and may withdraw the request while it
 * is pending (REL-6, REL-7); an administrator reviews it in Tasklist.
 */
@Service
public class ReleaseRequests {
  private static final Logger log = LoggerFactory.getLogger(ReleaseRequests.class);
  static final String WITHDRAWN = "WITHDRAWN";

  private final ProductCatalogue catalogue;
  private final ProductRepository products;
  private final ReleaseReadiness readiness;
  private final ReleaseReviewDeadline deadline;
  private final WorkingDays workingDays;
  private final RuntimeService runtimeService;
  private final SystemCalls systemCalls;
  private final EngineClock clock;

  ReleaseRequests(
      ProductCatalogue catalogue,
      ProductRepository products,
      ReleaseReadiness readiness,
      ReleaseReviewDeadline deadline,
      WorkingDays workingDays,
      RuntimeService runtimeService,
      SystemCalls systemCalls,
      EngineClock clock) {
    this.catalogue = catalogue;
    this.products = products;
    this.readiness = readiness;
    this.deadline = deadline;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
    this.systemCalls = systemCalls;
    this.clock = clock;
  }

  /** Starts the review of the working revision; it is fixed until the review ends. */
  @Transactional
  public ReleaseRequest submit(String productId, CurrentUser seller) {
    ProductRow product = catalogue.ownedForChange(productId, seller);
    RevisionRow working = workingDraft(product);
    ProductDraft draft = catalogue.contentOf(productId, working.revision());
    List<String> problems = readiness.problemsOfRelease(draft);
    if (!problems.isEmpty()) {
      throw CatalogueRefusal.badRequest(
          "Product " + productId + " cannot be released yet: " + String.join("; ", problems));
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime due = deadline.dueFor(seller.userId(), now);
    String requestId =
        systemCalls.run(
            () ->
                runtimeService
                    .startProcessInstanceByKey(
                        ProductRelease.PROCESS_KEY,
                        productId,
                        Variables.createVariables()
                            .putValue(ProductRelease.PRODUCT_ID, productId)
                            .putValue(ProductRelease.REVISION, working.revision())
                            .putValue(ProductRelease.SELLER_ID, product.sellerId())
                            .putValue(ProductRelease.PRODUCT_NAME, draft.name())
                            .putValue(ProductRelease.PRODUCT_SUMMARY, summaryOf(draft))
                            .putValue(ProductRelease.REVIEW_DUE_AT, Date.from(due.toInstant())))
                    .getId());
    products.insertRequest(
        requestId,
        productId,
        working.revision(),
        product.sellerId(),
        now,
        workingDays.dayOf(now),
        due);
    products.setState(productId, working.revision(), RevisionState.IN_REVIEW);
    log.info(
        "Release of product {} revision {} requested by {}, review due {}",
        productId,
        working.revision(),
        seller.userId(),
        due);
    return products.request(requestId).orElseThrow();
  }

  /** The seller takes back its pending request: the review ends, the revision is a draft again. */
  @Transactional
  public ReleaseRequest withdraw(String productId, CurrentUser seller) {
    catalogue.ownedForChange(productId, seller);
    ReleaseRequest pending =
        products
            .pendingRequest(productId)
            .orElseThrow(
                () ->
                    CatalogueRefusal.conflict(
                        "Product " + productId + " has no release request under review."));
    products.settle(pending.requestId(), WITHDRAWN, null, seller.userId(), clock.now());
    products.setState(productId, pending.revision(), RevisionState.DRAFT);
    systemCalls.run(
        () -> {
          runtimeService.deleteProcessInstance(
              pending.requestId(), "Withdrawn by the seller " + seller.userId());
          return null;
        });
    log.info("Release request {} of product {} withdrawn", pending.requestId(), productId);
    return products.request(pending.requestId()).orElseThrow();
  }

  public List<ReleaseRequest> of(String productId, CurrentUser user) {
    ProductView product = catalogue.find(productId, user);
    if (product.releaseRequests() == null) {
      throw CatalogueRefusal.forbidden(
          "Only the seller of product " + productId + " and administrators read its requests.");
    }
    return product.releaseRequests();
  }

  private RevisionRow workingDraft(ProductRow product) {
    if (product.workingRevision() == null) {
      throw CatalogueRefusal.conflict(
          "Product "
              + product.productId()
              + " is listed as it is; edit it first to release a new revision.");
    }
    RevisionRow working =
        products.revision(product.productId(), product.workingRevision()).orElseThrow();
    if (working.state() != RevisionState.DRAFT) {
      throw CatalogueRefusal.conflict(
          "Product " + product.productId() + " is under review already.");
    }
    return working;
  }

  /** What the reviewer reads in Tasklist besides the product's name. */
  /**
   * A process variable's text holds 4,000 characters; a draft of 50 specifications and 50 delivery
   * items says more. The reviewer reads the rest on the product's page.
   */
  static final int SUMMARY_LENGTH = 4000;

  static final String SUMMARY_CUT = " ... (the rest on its page under Products)";

  private static String summaryOf(ProductDraft draft) {
    String specifications =
        draft.specifications().stream()
            .map(
                specification ->
                    specification.name()
                        + " ("
                        + specification.billing()
                        + ", "
                        + specification.pricingTemplate()
                        + " pricing)")
            .collect(Collectors.joining(", "));
    String summary =
        draft.deliveryMethod()
            + " product; orders follow "
            + draft.serviceFlowTemplate()
            + "; delivered within "
            + draft.deliveryPeriodDays()
            + " calendar days; delivery items: "
            + String.join(", ", draft.deliveryItems())
            + "; specifications in "
            + draft.currency()
            + ": "
            + specifications;
    if (summary.length() <= SUMMARY_LENGTH) {
      return summary;
    }
    int end = SUMMARY_LENGTH - SUMMARY_CUT.length();
    return summary.substring(0, Character.isHighSurrogate(summary.charAt(end - 1)) ? end - 1 : end)
        + SUMMARY_CUT;
  }
}
