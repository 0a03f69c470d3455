package com.deliverysupervision.rules;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The rule durations of RULES ALL-1, bound from {@code delivery.durations.*}. A missing value stops
 * the application at start instead of a timer failing weeks later.
 */
@Validated
@ConfigurationProperties("delivery.durations")
public record RuleDurationSettings(
    @NotNull Duration confirmDelivery,
    @NotNull Duration orderCompletion,
    @NotNull Duration customerSilence,
    @NotNull Duration transferApproval) {}
