package com.deliverysupervision.demo;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.transfer.Entitlements;
import com.deliverysupervision.transfer.NewEntitlement;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A Google Cloud Marketplace entitlement of customer1, sold by seller1 through reseller1, to try a
 * transfer on (GCP-1).
 */
@Component
@Profile("default")
class DemoEntitlement {
  static final String ENTITLEMENT_ID = "DEMO-E1";

  private final Entitlements entitlements;

  DemoEntitlement(Entitlements entitlements) {
    this.entitlements = entitlements;
  }

  void createOnce(String adminId) {
    try {
      entitlements.create(
          new NewEntitlement(
              ENTITLEMENT_ID,
              null,
              "customer1",
              "Chen Trading Co.",
              "seller1",
              "offer-analytics-annual",
              "analytics-suite",
              "01A2B3-C4D5E6-F7A8B9",
              "reseller1"),
          new CurrentUser(adminId, List.of(Roles.MARKETPLACE_ADMINS)));
    } catch (ResponseStatusException exists) {
      if (exists.getStatusCode() != HttpStatus.CONFLICT) {
        throw exists;
      }
    }
  }
}
