package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A termination that the caller's role or the order's state does not allow (ALI-1). */
public class TerminationNotAllowedException extends ErrorResponseException {
  TerminationNotAllowedException(HttpStatus status, String detail) {
    super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
