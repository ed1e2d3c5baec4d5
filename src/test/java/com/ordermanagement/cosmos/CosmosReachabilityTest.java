package com.ordermanagement.cosmos;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.azure.cosmos.BridgeInternal;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.common.store.StoreUnavailableException;
import com.ordermanagement.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Readiness reads one missing document, not the container's metadata, and reuses its answer. */
class CosmosReachabilityTest {

    private final CosmosAsyncContainer container = mock(CosmosAsyncContainer.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicInteger probes = new AtomicInteger();
    private int answer = 404;
    private final CosmosReachability reachability = new CosmosReachability(
            container, new CosmosTimeBudget(Duration.ofSeconds(2)), clock, Duration.ofSeconds(10));

    {
        given(container.readItem(
                        eq("readiness-probe"),
                        eq(new PartitionKey("readiness-probe")),
                        any(CosmosItemRequestOptions.class),
                        eq(JsonNode.class)))
                .willAnswer(call -> {
                    probes.incrementAndGet();
                    return Mono.error(BridgeInternal.createCosmosException(answer));
                });
    }

    @Test
    void notFoundAndThrottledProveTheDatabaseAnswers() {
        assertThatCode(reachability::check).doesNotThrowAnyException();

        answer = 429;
        clock.advance(Duration.ofSeconds(10));

        assertThatCode(reachability::check).doesNotThrowAnyException();
    }

    @Test
    void anAnswerIsReusedForTheCachePeriodThenCheckedAgain() {
        reachability.check();
        answer = 503;
        clock.advance(Duration.ofSeconds(9));

        assertThatCode(reachability::check).as("cached").doesNotThrowAnyException();

        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(reachability::check).isInstanceOf(StoreUnavailableException.class);
        org.assertj.core.api.Assertions.assertThat(probes).hasValue(2);
    }

    @Test
    void aWrongKeyIsNotReadyEither() {
        answer = 401;

        assertThatThrownBy(reachability::check).isInstanceOf(StoreUnavailableException.class);
    }
}
