package com.deliverysupervision.transfer;

import java.util.Objects;
import java.util.Optional;

/** GCP-1: the four kinds of transfer of an active entitlement. */
public enum TransferKind {
  /** The entitlement is billed to another Cloud Billing account. */
  BILLING_ACCOUNT,
  /** An order sold through a reseller becomes an order directly with the ISV. */
  RESELLER_TO_DIRECT,
  /** An order directly with the ISV is from now on served through a reseller. */
  DIRECT_TO_RESELLER,
  /** An order sold through a reseller moves to another reseller. */
  CHANGE_RESELLER;

  /** The reseller the entitlement has after a transfer of this kind to the target. */
  String resellerAfter(Entitlement entitlement, String targetResellerId) {
    return switch (this) {
      case BILLING_ACCOUNT -> entitlement.resellerId();
      case RESELLER_TO_DIRECT -> null;
      case DIRECT_TO_RESELLER, CHANGE_RESELLER -> targetResellerId;
    };
  }

  /**
   * Why a transfer of this kind to these targets does not fit the entitlement as it is, if it does
   * not: a kind its reseller state excludes, a missing target, a reseller the kind takes none of, a
   * target equal to the current state. Whether a target reseller is one is for {@link
   * TransferTerms}.
   */
  Optional<String> misfit(
      Entitlement entitlement, String targetBillingAccountId, String targetResellerId) {
    boolean direct = entitlement.resellerId() == null;
    String id = entitlement.entitlementId();
    if (isBlank(targetBillingAccountId)) {
      return Optional.of("Name the target Cloud Billing account ID (GCP-4).");
    }
    return switch (this) {
      case BILLING_ACCOUNT -> {
        if (!isBlank(targetResellerId)) {
          yield Optional.of(
              "A BILLING_ACCOUNT transfer keeps the reseller; leave the target reseller out, or"
                  + " ask for CHANGE_RESELLER.");
        }
        yield targetBillingAccountId.equals(entitlement.billingAccountId())
            ? Optional.of(
                "Entitlement " + id + " is billed to " + targetBillingAccountId + " already.")
            : Optional.empty();
      }
      case RESELLER_TO_DIRECT -> {
        if (direct) {
          yield Optional.of(
              "Entitlement " + id + " is a direct order already: it has no reseller to leave.");
        }
        yield isBlank(targetResellerId)
            ? Optional.empty()
            : Optional.of(
                "A RESELLER_TO_DIRECT transfer leaves every reseller; leave the target reseller"
                    + " out.");
      }
      case DIRECT_TO_RESELLER -> {
        if (!direct) {
          yield Optional.of(
              "Entitlement "
                  + id
                  + " is sold through reseller "
                  + entitlement.resellerId()
                  + ": to move it to another reseller, ask for CHANGE_RESELLER.");
        }
        yield isBlank(targetResellerId)
            ? Optional.of("Name the reseller the order is to be served through.")
            : Optional.empty();
      }
      case CHANGE_RESELLER -> {
        if (direct) {
          yield Optional.of(
              "Entitlement "
                  + id
                  + " is a direct order: to serve it through a reseller, ask for"
                  + " DIRECT_TO_RESELLER.");
        }
        if (isBlank(targetResellerId)) {
          yield Optional.of("Name the reseller the order is to move to.");
        }
        yield Objects.equals(targetResellerId, entitlement.resellerId())
            ? Optional.of(
                "Entitlement " + id + " is sold through " + targetResellerId + " already.")
            : Optional.empty();
      }
    };
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
