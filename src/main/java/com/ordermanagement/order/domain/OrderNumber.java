package com.ordermanagement.order.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Order numbers exactly as the Python service makes them: {@code ORD-YYYYMMDD-XXXXXXXX}, the UTC
 * creation day and the first eight characters of a random UUID in upper case (hex digits), so that
 * numbers from both services look alike and clients that parse them keep working.
 */
public class OrderNumber {

    /** What this service issues. */
    public static final Pattern FORMAT = Pattern.compile("ORD-\\d{8}-[0-9A-F]{8}");

    /**
     * What a lookup may ask for: any number either service, or an earlier version of this one
     * ({@code ORD-YYYYMMDD-} and six of A-Z0-9), may have stored. Anything else cannot exist.
     */
    private static final Pattern LOOKUP = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    public String next(Instant createdAt) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return "ORD-" + DAY.format(createdAt) + "-" + suffix;
    }

    /** True for a value that could name a stored order; lookups of anything else are simply not found. */
    public static boolean couldExist(String candidate) {
        return candidate != null && LOOKUP.matcher(candidate).matches();
    }
}
