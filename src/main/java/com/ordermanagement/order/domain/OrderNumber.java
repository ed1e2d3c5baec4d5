package com.ordermanagement.order.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Order numbers of the form {@code ORD-YYYYMMDD-XXXXXX}: the UTC creation day and six of A-Z0-9. */
public class OrderNumber {

    public static final Pattern FORMAT = Pattern.compile("ORD-\\d{8}-[A-Z0-9]{6}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();

    public String next(Instant createdAt) {
        StringBuilder number =
                new StringBuilder("ORD-").append(DAY.format(createdAt)).append('-');
        for (int i = 0; i < 6; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
