package com.deliverysupervision.catalogue;

import com.deliverysupervision.rules.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles a release request with the administrator's decision and reason (REL-7), once: a retried
 * step finds the request settled and changes nothing.
 */
@Component
class ReleaseDecision {
  private static final Logger log = LoggerFactory.getLogger(ReleaseDecision.class);
  private final ProductRepository products;
  private final EngineClock clock;

  ReleaseDecision(ProductRepository products, EngineClock clock) {
    this.products = products;
    this.clock = clock;
  }

  /** The revision goes on sale; the one on sale before is superseded. */
  void approve(DelegateExecution review) {
    String productId = review.getProcessBusinessKey();
    var product = products.lock(productId).orElseThrow();
    int revision = (Integer) review.getVariable(ProductRelease.REVISION);
    if (settle(review, "APPROVED")) {
      if (product.listedRevision() != null) {
        products.setState(productId, product.listedRevision(), RevisionState.SUPERSEDED);
      }
      products.setState(productId, revision, RevisionState.LISTED);
      products.setListedRevision(productId, revision);
      log.info("Product {} revision {} listed", productId, revision);
    }
  }

  /** The revision is the seller's draft again, to edit and resubmit. */
  void reject(DelegateExecution review) {
    String productId = review.getProcessBusinessKey();
    products.lock(productId).orElseThrow();
    int revision = (Integer) review.getVariable(ProductRelease.REVISION);
    if (settle(review, "REJECTED")) {
      products.setState(productId, revision, RevisionState.DRAFT);
      log.info("Release of product {} revision {} rejected", productId, revision);
    }
  }

  private boolean settle(DelegateExecution review, String outcome) {
    String reviewer = Context.getCommandContext().getAuthenticatedUserId();
    return products.settle(
        review.getProcessInstanceId(),
        outcome,
        (String) review.getVariable(ProductRelease.REASON),
        reviewer,
        clock.now());
  }
}
