package com.deliverysupervision.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * GCP-2: who must approve a transfer: the customer, the ISV, and every reseller involved, the one
 * the order leaves and the one it moves to.
 */
@Component
public class TransferApprovers {

  public List<String> of(Entitlement entitlement, TransferKind kind, String targetResellerId) {
    List<String> approvers = new ArrayList<>();
    approvers.add(entitlement.customerId());
    approvers.add(entitlement.isvId());
    approvers.add(entitlement.resellerId());
    approvers.add(kind.resellerAfter(entitlement, targetResellerId));
    return approvers.stream().filter(Objects::nonNull).distinct().toList();
  }
}
