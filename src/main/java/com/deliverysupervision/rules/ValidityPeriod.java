package com.deliverysupervision.rules;

import java.time.OffsetDateTime;

/** When an order's product may be used; {@code until} is empty for one-time products. */
public record ValidityPeriod(OffsetDateTime from, OffsetDateTime until) {}
