package com.deliverysupervision.rules;

/**
 * A run that a diagram's timer start event starts on a cron cycle read in the marketplace's zone
 * (the billing run, SAAS-3; the settlement run, REL-2), and that bills or settles nothing twice
 * however often it runs.
 */
public interface MonthlyRun {
  /** The process key of its diagram. */
  String processKey();

  /** Its cron cycle, as the diagram's timer reads it. */
  String getCycle();
}
