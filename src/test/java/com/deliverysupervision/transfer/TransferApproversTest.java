package com.deliverysupervision.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GCP-1, GCP-2: who must approve each kind of transfer, decided in one place. */
class TransferApproversTest {
  private final TransferApprovers approvers = new TransferApprovers();

  @Test
  @DisplayName(
      "GCP-1 GCP-2 a change of billing account of a direct order: the customer and the ISV")
  void billingAccountOfDirectOrder() {
    assertThat(approvers.of(direct(), TransferKind.BILLING_ACCOUNT, null))
        .containsExactly("customer", "isv");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-2 a change of billing account of a reseller order: the customer, the ISV and the reseller")
  void billingAccountOfResellerOrder() {
    assertThat(approvers.of(throughReseller(), TransferKind.BILLING_ACCOUNT, null))
        .containsExactly("customer", "isv", "resellerA");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-2 a reseller order made direct: the customer, the ISV and the reseller it leaves")
  void resellerToDirect() {
    assertThat(approvers.of(throughReseller(), TransferKind.RESELLER_TO_DIRECT, null))
        .containsExactly("customer", "isv", "resellerA");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-2 a direct order served through a reseller: the customer, the ISV and the new reseller")
  void directToReseller() {
    assertThat(approvers.of(direct(), TransferKind.DIRECT_TO_RESELLER, "resellerB"))
        .containsExactly("customer", "isv", "resellerB");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-2 a change of reseller: the customer, the ISV, the old and the new reseller")
  void changeReseller() {
    assertThat(approvers.of(throughReseller(), TransferKind.CHANGE_RESELLER, "resellerB"))
        .containsExactly("customer", "isv", "resellerA", "resellerB");
  }

  @Test
  @DisplayName(
      "GCP-1 a kind that does not fit the entitlement, or a target equal to its state, is refused with the reason")
  void misfits() {
    assertThat(TransferKind.RESELLER_TO_DIRECT.misfit(direct(), "B-2", null))
        .hasValueSatisfying(reason -> assertThat(reason).contains("direct order already"));
    assertThat(TransferKind.DIRECT_TO_RESELLER.misfit(throughReseller(), "B-2", "resellerB"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("CHANGE_RESELLER"));
    assertThat(TransferKind.CHANGE_RESELLER.misfit(throughReseller(), "B-1", "resellerA"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("already"));
    assertThat(TransferKind.BILLING_ACCOUNT.misfit(direct(), "B-1", null))
        .hasValueSatisfying(reason -> assertThat(reason).contains("billed to B-1 already"));
    assertThat(TransferKind.DIRECT_TO_RESELLER.misfit(direct(), "B-1", null)).isPresent();
    assertThat(TransferKind.BILLING_ACCOUNT.misfit(direct(), " ", null)).isPresent();
    assertThat(TransferKind.BILLING_ACCOUNT.misfit(direct(), "B-2", null)).isEmpty();
  }

  private static Entitlement direct() {
    return entitlement(null);
  }

  private static Entitlement throughReseller() {
    return entitlement("resellerA");
  }

  private static Entitlement entitlement(String reseller) {
    return new Entitlement(
        "E-1",
        null,
        "customer",
        "Customer Ltd",
        "isv",
        "offer-1",
        "product-1",
        "B-1",
        reseller,
        EntitlementState.ACTIVE,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"),
        null,
        null);
  }
}
