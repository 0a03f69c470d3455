package com.deliverysupervision.appeal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An appeal that the order's state does not allow now (SAAS-6, SAAS-7, SAAS-8). */
public class AppealNotAllowedException extends ErrorResponseException {
  AppealNotAllowedException(HttpStatus status, String detail) {
    super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
