package com.deliverysupervision.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such order, or none the caller may see: the two are answered alike so that a seller cannot
 * probe for other sellers' order IDs (ALL-2).
 */
public class OrderNotFoundException extends ErrorResponseException {
  public OrderNotFoundException(String orderId) {
    super(
        HttpStatus.NOT_FOUND,
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "There is no order " + orderId + "."),
        null);
  }
}
