package com.deliverysupervision.rules;

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Calendar arithmetic in the marketplace's time zone ({@code delivery.zone}). */
@Component
public class MarketplaceCalendar {
  private final ZoneId zone;

  MarketplaceCalendar(@Value("${delivery.zone}") ZoneId zone) {
    this.zone = zone;
  }

  /**
   * SAAS-4, LIC-4: valid from {@code start} for the purchased period, counted in calendar days,
   * months and years of the marketplace's zone. A month added to a day the next month lacks ends on
   * that month's last day ({@code java.time}): accepted Jan 31 for one month -> valid until Feb 28
   * (29 in a leap year), at the time of day of the acceptance.
   *
   * @param purchasedPeriod ISO-8601 period; none for one-time products, which then have no end
   */
  public ValidityPeriod validityFrom(OffsetDateTime start, String purchasedPeriod) {
    if (purchasedPeriod == null) {
      return new ValidityPeriod(start, null);
    }
    OffsetDateTime until =
        start
            .atZoneSameInstant(zone)
            .plus(Period.parse(purchasedPeriod))
            .toOffsetDateTime()
            .withOffsetSameInstant(start.getOffset());
    return new ValidityPeriod(start, until);
  }
}
