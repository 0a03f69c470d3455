package com.deliverysupervision.catalogue;

import java.math.BigDecimal;

/** What a selection of a listed product costs (REL-4, REL-5), from the revision on sale. */
public record Quote(
    String productId,
    int revision,
    String specification,
    String serviceFlowTemplate,
    BigDecimal amount,
    String currency) {}
