package com.deliverysupervision.appeal;

import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the seller or the customer says when appealing. */
public record NewAppeal(@NotBlank @Size(max = 4000) @PlainText String reason) {}
