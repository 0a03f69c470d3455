package com.deliverysupervision.order;

import com.deliverysupervision.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a marketplace administrator terminates a delivery (ALI-1). */
public record Termination(@NotBlank @Size(max = 4000) @PlainText String reason) {}
