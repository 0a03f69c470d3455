package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.DeliveryTemplate;

/**
 * How a product reaches the customer; the catalogue serves all three. Each is paid its own way, so
 * a product's delivery process must pay it that way: a license is settled with its seller monthly
 * (REL-1, REL-2), a SaaS order billed to its customer once completed (SAAS-3), a professional
 * service neither (Alibaba's Delivery Center processes, ALI-2..ALI-5).
 */
public enum DeliveryMethod {
  LICENSE,
  SAAS,
  PROFESSIONAL_SERVICE;

  /** Whether orders of {@code template} are paid as this method's are. */
  boolean servedBy(DeliveryTemplate template) {
    return switch (this) {
      case LICENSE -> template.settledMonthly();
      case SAAS -> template.billedOnCompletion();
      case PROFESSIONAL_SERVICE -> !template.settledMonthly() && !template.billedOnCompletion();
    };
  }
}
