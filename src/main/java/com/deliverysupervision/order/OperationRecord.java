package com.deliverysupervision.order;

import java.time.OffsetDateTime;

/** SAAS-9: one thing somebody (or the system) did on an order. */
public record OperationRecord(
    String recordId,
    String orderId,
    OffsetDateTime recordedAt,
    String actor,
    String action,
    /** JSON: what was entered or decided, e.g. {"rejectionReason": "..."} */
    String details,
    /** JSON: the form's label of each value of a step completed with a form; null otherwise. */
    String labels) {}
