package com.ordermanagement.analytics.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive range of UTC days. */
public record DayRange(LocalDate start, LocalDate end) {

    public DayRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The range of equal length right before this one. */
    public DayRange previous() {
        return new DayRange(start.minusDays(days()), start.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
