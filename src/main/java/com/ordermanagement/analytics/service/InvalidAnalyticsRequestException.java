package com.ordermanagement.analytics.service;

/** A date range or parameter that analytics cannot answer for. */
public class InvalidAnalyticsRequestException extends RuntimeException {

    private final String field;

    public InvalidAnalyticsRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
