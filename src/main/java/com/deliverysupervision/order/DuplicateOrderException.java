package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An order with this ID exists already: the marketplace sent it twice. */
public class DuplicateOrderException extends ErrorResponseException {
  DuplicateOrderException(String orderId) {
    super(
        HttpStatus.CONFLICT,
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "Order " + orderId + " exists already; it was not placed again."),
        null);
  }
}
