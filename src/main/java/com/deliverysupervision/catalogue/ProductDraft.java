package com.deliverysupervision.catalogue;

import com.deliverysupervision.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a seller writes about a product (REL-6): a draft may leave anything but the name open; a
 * release request needs all of it ({@link ReleaseReadiness}).
 *
 * @param serviceFlowTemplate the delivery process its orders follow (REL-1), a deployed one
 * @param deliveryPeriodDays the delivery period in calendar days (REL-3)
 * @param deliveryItems the product's delivery template: the acceptance items the seller fills in at
 *     delivery
 */
public record ProductDraft(
    /** One line: it heads e-mails and lists. */
    @NotBlank @Size(max = 200) @PlainText(oneLine = true) String name,
    DeliveryMethod deliveryMethod,
    @Size(max = 64) @PlainText(oneLine = true) String serviceFlowTemplate,
    Integer deliveryPeriodDays,
    @MarketplaceCurrency String currency,
    @Size(max = 50)
        List<@NotBlank @Size(max = 200) @PlainText(oneLine = true) String> deliveryItems,
    @Size(max = 50) List<@Valid Specification> specifications) {}
