package com.ordermanagement.analytics.service;

import com.ordermanagement.analytics.store.DayRange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The one place where report periods get their defaults and their checks: missing dates filled in
 * per {@link ReportPeriod.Fallback}, dates between 2000 and 2100, start not after end, no end in the
 * future (UTC), at most ten years. Problems carry the Python service's own sentences where it had one.
 */
@Component
public class ReportPeriods {

    /** Ten years of days (with the leap days): the Python service had no cap, we answer up to ten years. */
    static final int MAX_RANGE_DAYS = 3653;

    /** Dates outside these years are typing errors, and far-off ones overflow date arithmetic. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** The Python service's own sentences, which its clients and tests match on. */
    static final String START_AFTER_END = "Start date must be before or equal to end date";

    static final String END_IN_FUTURE = "End date cannot be in the future";

    private final Clock clock;

    public ReportPeriods(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The checked UTC days of a period. */
    public DayRange resolve(ReportPeriod period) {
        if (period instanceof ReportPeriod.LastDays last) {
            LocalDate today = today();
            return new DayRange(today.minusDays(last.days() - 1L), today);
        }
        return resolve((ReportPeriod.Requested) period);
    }

    private DayRange resolve(ReportPeriod.Requested requested) {
        requirePlausible(requested.start(), "start_date");
        requirePlausible(requested.end(), "end_date");
        LocalDate last = requested.end() != null ? requested.end() : today();
        LocalDate first = requested.start() != null
                ? requested.start()
                : switch (requested.fallback()) {
                    case LAST_30_DAYS -> last.minusDays(29);
                    case MONTH_TO_DATE -> last.withDayOfMonth(1);
                    case LAST_12_MONTHS -> last.minusYears(1);
                };
        if (first.isAfter(last)) {
            throw new InvalidAnalyticsRequestException("start_date", START_AFTER_END);
        }
        if (last.isAfter(today())) {
            throw new InvalidAnalyticsRequestException("end_date", END_IN_FUTURE);
        }
        DayRange range = new DayRange(first, last);
        if (range.days() > MAX_RANGE_DAYS) {
            throw new InvalidAnalyticsRequestException("start_date", "The date range must not exceed 10 years");
        }
        return range;
    }

    private static void requirePlausible(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidAnalyticsRequestException(field, "Dates must lie between 2000-01-01 and 2100-12-31");
        }
    }
}
