package com.deliverysupervision.demo;

import com.deliverysupervision.catalogue.Billing;
import com.deliverysupervision.catalogue.DeliveryMethod;
import com.deliverysupervision.catalogue.EnumerationAttribute;
import com.deliverysupervision.catalogue.Price;
import com.deliverysupervision.catalogue.PricingTemplate;
import com.deliverysupervision.catalogue.ProductCatalogue;
import com.deliverysupervision.catalogue.ProductDraft;
import com.deliverysupervision.catalogue.ProductRelease;
import com.deliverysupervision.catalogue.QuantityAttribute;
import com.deliverysupervision.catalogue.QuantityPricing;
import com.deliverysupervision.catalogue.ReleaseRequests;
import com.deliverysupervision.catalogue.Sku;
import com.deliverysupervision.catalogue.Specification;
import com.deliverysupervision.catalogue.Tier;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.license.LicenseDelivery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A license product of seller1, released the way sellers release (REL-6, REL-7): drafted, submitted
 * and approved by the marketplace administrator in the review task.
 */
@Component
@Profile("default")
class DemoProduct {
  private final ProductCatalogue catalogue;
  private final ReleaseRequests releaseRequests;
  private final TaskService taskService;
  private final IdentityService identityService;

  DemoProduct(
      ProductCatalogue catalogue,
      ReleaseRequests releaseRequests,
      TaskService taskService,
      IdentityService identityService) {
    this.catalogue = catalogue;
    this.releaseRequests = releaseRequests;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Lists the demo product unless the catalogue holds a product already; the listed one's ID. */
  Optional<String> listOnce(String adminId) {
    CurrentUser admin = new CurrentUser(adminId, List.of(Roles.MARKETPLACE_ADMINS));
    if (!catalogue.search(null, 1, 0, admin).isEmpty()) {
      return Optional.empty();
    }
    CurrentUser seller = new CurrentUser("seller1", List.of(Roles.SELLERS));
    String productId = catalogue.create(draft(), seller).productId();
    String requestId = releaseRequests.submit(productId, seller).requestId();
    String review =
        taskService.createTaskQuery().processInstanceId(requestId).singleResult().getId();
    identityService.setAuthentication(adminId, admin.groupIds());
    try {
      taskService.complete(
          review,
          Map.of(
              ProductRelease.DECISION, "approve",
              ProductRelease.REASON, "Meets the release requirements."));
    } finally {
      identityService.clearAuthentication();
    }
    return Optional.of(productId);
  }

  private static ProductDraft draft() {
    Specification standard =
        new Specification(
            "Standard",
            Billing.YEARLY_MONTHLY,
            PricingTemplate.SIMPLE,
            new Price(null, new BigDecimal("20.00"), new BigDecimal("200.00")),
            null,
            null,
            null);
    List<String> versions = List.of("Basic", "Enterprise", "Professional");
    Specification perpetual =
        new Specification(
            "Perpetual",
            Billing.ONE_TIME,
            PricingTemplate.CUSTOM,
            null,
            List.of(new EnumerationAttribute("Software Version", versions)),
            List.of(
                sku("Basic", "500.00"),
                sku("Enterprise", "1500.00"),
                sku("Professional", "900.00")),
            List.of(
                new QuantityAttribute(
                    "Users",
                    5,
                    500,
                    5,
                    QuantityPricing.TIERED,
                    null,
                    List.of(
                        new Tier(50, oneTime("10.00")),
                        new Tier(200, oneTime("8.00")),
                        new Tier(null, oneTime("6.00"))))));
    return new ProductDraft(
        "Backup Manager",
        DeliveryMethod.LICENSE,
        LicenseDelivery.PROCESS_KEY,
        7,
        "USD",
        List.of("License key", "Installation guide", "Screenshot of the license's validity"),
        List.of(standard, perpetual));
  }

  private static Sku sku(String version, String price) {
    return new Sku(Map.of("Software Version", version), oneTime(price));
  }

  private static Price oneTime(String amount) {
    return new Price(new BigDecimal(amount), null, null);
  }
}
