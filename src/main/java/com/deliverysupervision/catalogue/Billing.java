package com.deliverysupervision.catalogue;

/** REL-4: how a specification is paid for. */
public enum Billing {
  /** Paid for a number of months or years, at a monthly or a yearly price. */
  YEARLY_MONTHLY,
  /** Paid once. */
  ONE_TIME
}
