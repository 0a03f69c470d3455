package com.deliverysupervision.rules;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What counts as a working day in the marketplace's zone (REL-7), bound from {@code
 * delivery.working-days.*}.
 *
 * @param holidayCalendar a Jollyday calendar code (DE, SG, HK, US, ...), or empty for none
 * @param extraHolidays days off besides the calendar's: {@code --MM-DD} every year, {@code
 *     YYYY-MM-DD} once
 * @param extraWorkingDays weekend days that are working days (such as the make-up working days some
 *     countries announce each year), {@code YYYY-MM-DD}
 */
@ConfigurationProperties("delivery.working-days")
public record WorkingDaySettings(
    String holidayCalendar, List<String> extraHolidays, List<String> extraWorkingDays) {}
