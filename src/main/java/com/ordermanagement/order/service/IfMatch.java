package com.ordermanagement.order.service;

import java.util.Arrays;
import java.util.List;

/**
 * An {@code If-Match} header (RFC 9110): {@code *} or a list of entity tags, compared strongly
 * (§13.1.1): a weak tag {@code W/"…"} never matches. Strong tags are compared by their opaque value,
 * with or without quotes, since stores differ in whether they quote their ETags.
 */
record IfMatch(boolean any, List<String> tags) {

    static IfMatch parse(String header) {
        String trimmed = header.trim();
        if (trimmed.equals("*")) {
            return new IfMatch(true, List.of());
        }
        return new IfMatch(
                false,
                Arrays.stream(trimmed.split(","))
                        .map(String::trim)
                        .filter(tag -> !tag.startsWith("W/"))
                        .map(IfMatch::opaque)
                        .filter(tag -> !tag.isEmpty())
                        .toList());
    }

    boolean matches(String etag) {
        return any || (etag != null && tags.contains(opaque(etag)));
    }

    private static String opaque(String tag) {
        String value = tag.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
