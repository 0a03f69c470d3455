package com.deliverysupervision.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DurationsTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Durations.class);

  @Test
  @DisplayName(
      "ALL-1 the confirmation period is whatever the configuration says, as the ISO duration timers read")
  void confirmationPeriodComesFromConfiguration() {
    context
        .withPropertyValues(
            "delivery.durations.confirm-delivery=P7D",
            "delivery.durations.order-completion=PT3H",
            "delivery.durations.customer-silence=P5D",
            "delivery.durations.transfer-approval=P7D")
        .run(
            started ->
                assertThat(started.getBean("durations", Durations.class).getConfirmDelivery())
                    .isEqualTo("PT168H"));
  }

  @Test
  @DisplayName(
      "ALL-1 the application refuses to start without a confirmation period, naming the setting")
  void missingDurationStopsTheStart() {
    context.run(
        started ->
            assertThat(started)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("confirmDelivery"));
  }
}
