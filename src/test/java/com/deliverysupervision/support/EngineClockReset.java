package com.deliverysupervision.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A test that moved the engine clock leaves it at real time for the next one. */
public class EngineClockReset implements AfterEachCallback {
  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
