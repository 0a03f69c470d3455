package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A renewal that the order's state does not allow (LIC-7), said in words (ALL-3). */
public class RenewalNotAllowedException extends ErrorResponseException {
  RenewalNotAllowedException(HttpStatus status, String detail) {
    super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
