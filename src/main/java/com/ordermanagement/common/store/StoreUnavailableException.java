package com.ordermanagement.common.store;

import java.time.Duration;

/** The store cannot serve the request now (throttled, unreachable or timed out); a retry may succeed. */
public class StoreUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public StoreUnavailableException(Duration retryAfter, Throwable cause) {
        super("the order store is unavailable", cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
