package com.ordermanagement.analytics.service;

import java.time.LocalDate;

/**
 * The days a report is asked for, before defaults are applied: the dates the client sent (either may
 * be missing) with the rule that fills in what is missing, or simply the last few days. {@link
 * ReportPeriods} turns it into checked UTC days.
 */
public sealed interface ReportPeriod {

    /** What a report covers when the client leaves a date out, as the Python service did. */
    enum Fallback {
        /** The 30 days ending on the end date (today by default). */
        LAST_30_DAYS,
        /** From the 1st of the end date's month (the current month by default). */
        MONTH_TO_DATE,
        /** The year ending on the end date (the last twelve months by default). */
        LAST_12_MONTHS
    }

    record Requested(LocalDate start, LocalDate end, Fallback fallback) implements ReportPeriod {}

    record LastDays(int days) implements ReportPeriod {}

    static ReportPeriod requested(LocalDate start, LocalDate end, Fallback fallback) {
        return new Requested(start, end, fallback);
    }

    static ReportPeriod lastDays(int days) {
        return new LastDays(days);
    }
}
