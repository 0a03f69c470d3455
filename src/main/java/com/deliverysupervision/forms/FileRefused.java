package com.deliverysupervision.forms;

import com.deliverysupervision.web.RefusedWithReason;

/** ALL-6: a file sent where no form judges and records it. */
public class FileRefused extends RefusedWithReason {
  FileRefused(String message) {
    super(message);
  }
}
