package com.deliverysupervision.web;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Text the engine was given that is not text as {@link TextRules} takes it, refused with words for
 * whoever wrote it; Camunda's REST API answers it with them ({@link RefusalsAreBadRequests}).
 */
public class TextRefused extends BadUserRequestException {
  public TextRefused(String message) {
    super(message);
  }
}
