package com.deliverysupervision.catalogue;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The catalogue's rules in numbers, bound from {@code delivery.catalogue.*}.
 *
 * @param maxDeliveryPeriodDays REL-3: the longest delivery period a seller may set
 * @param reviewWorkingDays REL-7: a release request is reviewed within this many working days
 * @param busySellerRequestsPerDay REL-7: from this many requests of one seller on one calendar day
 *     on ("10 or more"), the one that reaches it and each further one get {@code
 *     busySellerReviewWorkingDays}
 */
@Validated
@ConfigurationProperties("delivery.catalogue")
public record CatalogueSettings(
    @Min(1) int maxDeliveryPeriodDays,
    @Min(1) int reviewWorkingDays,
    @Min(1) int busySellerRequestsPerDay,
    @Min(1) int busySellerReviewWorkingDays) {}
