package com.deliverysupervision.catalogue;

import com.deliverysupervision.rules.WorkingDays;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * REL-7: a release request is reviewed within 3 working days of the marketplace's calendar; a
 * seller's requests beyond the 10th of one calendar day get the longer allowance (both numbers are
 * configuration).
 */
@Component
class ReleaseReviewDeadline {
  private final ProductRepository products;
  private final WorkingDays workingDays;
  private final CatalogueSettings settings;

  ReleaseReviewDeadline(
      ProductRepository products, WorkingDays workingDays, CatalogueSettings settings) {
    this.products = products;
    this.workingDays = workingDays;
    this.settings = settings;
  }

  /** When the review of a request the seller submits now, before it is stored, is due. */
  OffsetDateTime dueFor(String sellerId, OffsetDateTime submittedAt) {
    int requestOfTheDay = products.requestsOn(sellerId, workingDays.dayOf(submittedAt)) + 1;
    int days =
        requestOfTheDay >= settings.busySellerRequestsPerDay()
            ? settings.busySellerReviewWorkingDays()
            : settings.reviewWorkingDays();
    return workingDays.endOfWorkingDaysAfter(submittedAt, days);
  }
}
