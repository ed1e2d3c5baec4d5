package com.ordermanagement.cosmos;

import com.azure.cosmos.CosmosEndToEndOperationLatencyPolicyConfig;
import com.azure.cosmos.CosmosEndToEndOperationLatencyPolicyConfigBuilder;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.ordermanagement.common.concurrent.RequestStart;
import com.ordermanagement.common.store.StoreUnavailableException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * The time one HTTP request may spend waiting for Cosmos DB, in total. A request makes up to five
 * Cosmos calls (an idempotent create: claim, number, order, and their recovery); each gets what is
 * left of the request's budget, both as the SDK's end-to-end timeout (which also ends its retries)
 * and as a limit on our own wait. A request whose budget is spent gets a 503 with Retry-After
 * instead of waiting longer. Work outside a request (start-up, background sweeps) gets the whole
 * budget per call.
 */
public final class CosmosTimeBudget {

    /** What a client is told to wait before it retries a request that ran out of time. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration perRequest;
    private final LongSupplier nanoClock;

    public CosmosTimeBudget(Duration perRequest) {
        this(perRequest, System::nanoTime);
    }

    CosmosTimeBudget(Duration perRequest, LongSupplier nanoClock) {
        if (perRequest == null || perRequest.isNegative() || perRequest.isZero()) {
            throw new IllegalArgumentException("the Cosmos request timeout must be positive");
        }
        this.perRequest = perRequest;
        this.nanoClock = nanoClock;
    }

    public Duration perRequest() {
        return perRequest;
    }

    /** What is left for the next Cosmos call; a spent budget is a 503 before any call is made. */
    public Duration remaining() {
        OptionalLong started = RequestStart.nanoTime();
        if (started.isEmpty()) {
            return perRequest;
        }
        long left = perRequest.toNanos() - (nanoClock.getAsLong() - started.getAsLong());
        if (left <= 0) {
            throw new StoreUnavailableException(RETRY_AFTER, null);
        }
        return Duration.ofNanos(left);
    }

    /** Waits for {@code call} no longer than the budget allows; running out is a 503, not a hang. */
    public <T> T await(Mono<T> call) {
        return call.timeout(remaining()).block();
    }

    public CosmosItemRequestOptions itemOptions() {
        return new CosmosItemRequestOptions().setCosmosEndToEndOperationLatencyPolicyConfig(endToEnd());
    }

    public CosmosQueryRequestOptions queryOptions() {
        return new CosmosQueryRequestOptions().setCosmosEndToEndOperationLatencyPolicyConfig(endToEnd());
    }

    private CosmosEndToEndOperationLatencyPolicyConfig endToEnd() {
        return new CosmosEndToEndOperationLatencyPolicyConfigBuilder(remaining()).build();
    }
}
