package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An order request that names something this application does not know (ALL-3). */
public class InvalidOrderException extends ErrorResponseException {
  InvalidOrderException(String detail) {
    super(
        HttpStatus.BAD_REQUEST,
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail),
        null);
  }
}
