package com.deliverysupervision.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/** ALL-6: a file sent where no form judges and records it. */
public class FileRefused extends BadUserRequestException {
  FileRefused(String message) {
    super(message);
  }
}
