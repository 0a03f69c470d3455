package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Only the marketplace (its administrators' accounts) places orders. */
public class OrderPlacementForbiddenException extends ErrorResponseException {
  OrderPlacementForbiddenException(String userId) {
    super(
        HttpStatus.FORBIDDEN,
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "User " + userId + " may not place orders; only marketplace administrators may."),
        null);
  }
}
