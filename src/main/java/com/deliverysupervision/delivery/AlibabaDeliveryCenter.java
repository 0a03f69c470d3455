package com.deliverysupervision.delivery;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import java.util.Optional;

/**
 * A process of Alibaba's Delivery Center (ALI-2..ALI-5). Either party may raise a dispute at any
 * time, which a marketplace administrator decides (ALI-1); its orders have no validity period.
 */
interface AlibabaDeliveryCenter extends DeliveryTemplate {
  AppealPolicy DISPUTES = new AppealPolicy(Roles.MARKETPLACE_ADMINS, false, false);

  @Override
  default Optional<AppealPolicy> appeals() {
    return Optional.of(DISPUTES);
  }
}
