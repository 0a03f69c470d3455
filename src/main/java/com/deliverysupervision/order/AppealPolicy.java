package com.deliverysupervision.order;

/**
 * How a delivery process's parties appeal (KooGallery, SAAS-6..SAAS-10) or raise a dispute
 * (Alibaba, ALI-1); the process {@code bpmn/delivery-appeal.bpmn} runs both.
 *
 * @param decidedBy the group whose members decide, in a Tasklist task
 * @param sellerWaitsForFlow whether the seller may appeal only once the delivery's flow set its
 *     variable {@code sellerMayAppeal} (SAAS-7), or while it holds {@code customerSilent} (SAAS-6);
 *     the customer may at any time
 * @param startsValidity whether completing the order on the appeal starts its validity period
 *     (SAAS-4)
 */
public record AppealPolicy(String decidedBy, boolean sellerWaitsForFlow, boolean startsValidity) {}
