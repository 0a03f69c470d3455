package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.DeliveryTemplate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What is wrong with a product as the seller wrote it (REL-3..REL-6). A draft may leave fields
 * open, but what it holds must be valid; a release request needs every field.
 */
@Component
@EnableConfigurationProperties(CatalogueSettings.class)
class ReleaseReadiness {
  private final Map<String, DeliveryTemplate> templates;
  private final SpecificationCheck specificationCheck;
  private final CatalogueSettings settings;

  ReleaseReadiness(
      List<DeliveryTemplate> templates,
      SpecificationCheck specificationCheck,
      CatalogueSettings settings) {
    this.templates =
        templates.stream()
            .filter(DeliveryTemplate::namedByProducts)
            .collect(
                Collectors.toMap(DeliveryTemplate::processKey, Function.identity(), (a, b) -> a));
    this.specificationCheck = specificationCheck;
    this.settings = settings;
  }

  /** Problems of what the draft holds, each naming its field. */
  List<String> problemsOfDraft(ProductDraft draft) {
    List<String> problems = new ArrayList<>();
    DeliveryTemplate template =
        draft.serviceFlowTemplate() == null ? null : templates.get(draft.serviceFlowTemplate());
    if (draft.serviceFlowTemplate() != null && template == null) {
      problems.add(
          "serviceFlowTemplate: '"
              + draft.serviceFlowTemplate()
              + "' is not a delivery process here; choose one of "
              + keysServing(method -> true));
    } else if (template != null
        && draft.deliveryMethod() != null
        && !draft.deliveryMethod().servedBy(template)) {
      problems.add(
          "serviceFlowTemplate: '"
              + draft.serviceFlowTemplate()
              + "' does not deliver a "
              + draft.deliveryMethod()
              + " product (a license is settled with its seller monthly, a SaaS order billed"
              + " on completion); choose one of "
              + keysServing(draft.deliveryMethod()::servedBy));
    }
    Integer days = draft.deliveryPeriodDays();
    if (days != null && (days < 1 || days > settings.maxDeliveryPeriodDays())) {
      problems.add(
          "deliveryPeriodDays: must be a whole number of calendar days from 1 to "
              + settings.maxDeliveryPeriodDays());
    }
    Currency currency = currencyOf(draft, problems);
    List<Specification> specifications = draft.specifications();
    if (specifications != null && !specifications.isEmpty()) {
      if (currency != null) {
        problems.addAll(specificationCheck.problemsOf(specifications, currency));
      } else if (draft.currency() == null) {
        problems.add("currency: the specifications' prices need the product's currency");
      }
    }
    return problems;
  }

  /** Problems that stop a release: the draft's, and every field it left open. */
  List<String> problemsOfRelease(ProductDraft draft) {
    List<String> problems = new ArrayList<>(problemsOfDraft(draft));
    if (draft.deliveryMethod() == null) {
      problems.add("deliveryMethod: choose LICENSE, SAAS or PROFESSIONAL_SERVICE");
    }
    if (draft.serviceFlowTemplate() == null) {
      problems.add("serviceFlowTemplate: choose the delivery process its orders follow");
    }
    if (draft.deliveryPeriodDays() == null) {
      problems.add("deliveryPeriodDays: set the delivery period in calendar days");
    }
    if (draft.currency() == null) {
      problems.add("currency: set the currency of the prices");
    }
    if (draft.deliveryItems() == null || draft.deliveryItems().isEmpty()) {
      problems.add(
          "deliveryItems: name at least one item of the delivery template (what the customer"
              + " accepts)");
    }
    if (draft.specifications() == null || draft.specifications().isEmpty()) {
      problems.add("specifications: add at least one specification with its prices");
    }
    return problems;
  }

  private List<String> keysServing(Predicate<DeliveryTemplate> serving) {
    return templates.values().stream()
        .filter(serving)
        .map(DeliveryTemplate::processKey)
        .sorted()
        .toList();
  }

  private static Currency currencyOf(ProductDraft draft, List<String> problems) {
    if (draft.currency() == null) {
      return null;
    }
    try {
      return Currency.getInstance(draft.currency());
    } catch (IllegalArgumentException unknown) {
      problems.add("currency: '" + draft.currency() + "' is not an ISO 4217 currency");
      return null;
    }
  }
}
