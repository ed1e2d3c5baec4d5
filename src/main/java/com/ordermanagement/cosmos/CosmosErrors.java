package com.ordermanagement.cosmos;

import com.azure.cosmos.CosmosException;
import com.ordermanagement.common.store.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Reads what Cosmos DB said from whatever wrapped it (Spring Data, Reactor) and names the transient
 * cases, for every adapter on the shared container: orders and analytics alike.
 */
public final class CosmosErrors {

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int PRECONDITION_FAILED = 412;

    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(1);

    private CosmosErrors() {}

    /** The status code Cosmos DB answered with, or -1 when the failure carries none. */
    public static int statusOf(Throwable failure) {
        CosmosException cosmos = cosmosCause(failure);
        return cosmos == null ? -1 : cosmos.getStatusCode();
    }

    /**
     * Translates what no caller handles itself: throttling (429), unavailability (503), timeouts and
     * lost connections become a retryable {@link StoreUnavailableException}; anything else is a defect
     * and propagates as it is.
     */
    public static RuntimeException translate(RuntimeException failure) {
        CosmosException cosmos = cosmosCause(failure);
        if (cosmos != null) {
            int status = cosmos.getStatusCode();
            if (status == 429 || status == 503 || status == 408 || status == 449 || status == 410) {
                Duration retry = cosmos.getRetryAfterDuration();
                return new StoreUnavailableException(
                        retry == null || retry.isNegative() || retry.isZero() ? DEFAULT_RETRY : retry, cosmos);
            }
            return failure;
        }
        if (causedBy(failure, TimeoutException.class) || causedBy(failure, java.io.IOException.class)) {
            return new StoreUnavailableException(DEFAULT_RETRY, failure);
        }
        return failure;
    }

    /** As {@link #translate}, for a query: a query Cosmos DB refuses (400) is the client's 400 too. */
    public static RuntimeException translateQuery(RuntimeException failure) {
        if (statusOf(failure) == BAD_REQUEST) {
            return new com.ordermanagement.common.store.StoreRejectedQueryException(failure);
        }
        return translate(failure);
    }

    /**
     * True when Cosmos DB certainly did not apply a write: it refused it (a 4xx other than a timeout).
     * After a timeout, a 5xx or a lost connection the write may have happened, so nothing that depends
     * on it may be undone.
     */
    public static boolean certainlyNotApplied(Throwable failure) {
        int status = statusOf(failure);
        return status >= 400 && status < 500 && status != 408;
    }

    private static CosmosException cosmosCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CosmosException cosmos) {
                return cosmos;
            }
            if (t instanceof com.azure.spring.data.cosmos.exception.CosmosAccessException access
                    && access.getCosmosException() != null) {
                return access.getCosmosException();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
