package com.ordermanagement.web;

/** Neutralises client-supplied text before it reaches a log line, so no one can forge log entries. */
public final class LogSafe {

    private static final int MAX_LENGTH = 200;

    private LogSafe() {}

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        String bounded = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "…" : value;
        return bounded.replaceAll("\\p{Cc}", "?");
    }
}
