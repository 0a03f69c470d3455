package com.deliverysupervision.rules;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" for business data, so that order times and timers agree and tests can
 * move both with {@link ClockUtil}.
 */
@Component
public class EngineClock {
  public OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
