package com.ordermanagement.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.common.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the container answers, for the readiness probe. A point read of a document that does not
 * exist costs one request unit and no metadata call (a container read is a metadata request with its
 * own, much lower, rate limit, and every pod probes every few seconds). "Not found" and "throttled"
 * both prove the database answers: a throttled database must not take every pod out of service. The
 * answer is kept for a while so that probes from several sources cost one read.
 */
public final class CosmosReachability {

    static final String PROBE_ID = "readiness-probe";

    private final CosmosAsyncContainer container;
    private final CosmosTimeBudget budget;
    private final Clock clock;
    private final Duration cacheFor;
    private volatile Instant checkedAt;
    private volatile RuntimeException lastFailure;

    public CosmosReachability(CosmosAsyncContainer container, CosmosTimeBudget budget, Clock clock, Duration cacheFor) {
        this.container = container;
        this.budget = budget;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    /** Returns when the container answered recently; throws what the last check found otherwise. */
    public void check() {
        Instant now = clock.instant();
        Instant last = checkedAt;
        if (last == null || !now.isBefore(last.plus(cacheFor))) {
            lastFailure = probe();
            checkedAt = now;
        }
        RuntimeException failure = lastFailure;
        if (failure != null) {
            throw failure;
        }
    }

    private RuntimeException probe() {
        try {
            budget.await(
                    container.readItem(PROBE_ID, new PartitionKey(PROBE_ID), budget.itemOptions(), JsonNode.class));
            return null;
        } catch (RuntimeException e) {
            int status = CosmosErrors.statusOf(e);
            if (status == CosmosErrors.NOT_FOUND || status == 429) {
                return null;
            }
            RuntimeException translated = CosmosErrors.translate(e);
            return translated instanceof StoreUnavailableException
                    ? translated
                    : new StoreUnavailableException(Duration.ofSeconds(1), e);
        }
    }
}
