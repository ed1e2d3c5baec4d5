package com.ordermanagement.cosmos;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * How timestamps are written in and read from the shared Cosmos container, for every adapter that
 * touches it (orders and analytics): fixed-width UTC text written, so that the text sorts in time
 * order in {@code ORDER BY c.created_at}; ISO-8601 with or without an offset read, one without an
 * offset being UTC (the Python service wrote naive UTC timestamps).
 */
public final class CosmosTimestamps {

    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CosmosTimestamps() {}

    public static String format(Instant instant) {
        return instant == null ? null : WRITTEN.format(instant);
    }

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TemporalAccessor parsed =
                DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }
}
