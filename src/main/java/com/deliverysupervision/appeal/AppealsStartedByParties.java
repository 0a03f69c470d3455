package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.StartedByParties;
import org.springframework.stereotype.Component;

/** Sellers and customers file appeals and disputes themselves (SAAS-6..SAAS-8, ALI-1). */
@Component
class AppealsStartedByParties implements StartedByParties {
  @Override
  public String processKey() {
    return DeliveryAppeal.PROCESS_KEY;
  }
}
