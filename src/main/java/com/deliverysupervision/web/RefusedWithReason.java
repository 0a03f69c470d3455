package com.deliverysupervision.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal of the caller's request in words for whoever made it. Some of Camunda's REST resources
 * answer any engine refusal with words of their own ("Task id is null", "Not enough parameters
 * submitted"); {@link RefusalsAreBadRequests} answers this one with its own, as 400.
 */
public class RefusedWithReason extends BadUserRequestException {
  public RefusedWithReason(String message) {
    super(message);
  }
}
