package com.ordermanagement.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.cosmos.BridgeInternal;
import com.azure.cosmos.CosmosException;
import com.azure.spring.data.cosmos.exception.CosmosAccessException;
import com.ordermanagement.common.store.StoreUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class CosmosErrorsTest {

    @Test
    void theStatusIsFoundThroughSpringDataAndReactorWrappers() {
        CosmosException conflict = BridgeInternal.createCosmosException(409);
        RuntimeException wrapped = new IllegalStateException(new CosmosAccessException("insert failed", conflict));

        assertThat(CosmosErrors.statusOf(wrapped)).isEqualTo(409);
        assertThat(CosmosErrors.statusOf(new IllegalStateException("no cosmos here")))
                .isEqualTo(-1);
    }

    @Test
    void throttlingBecomesStoreUnavailableWithCosmosRetryAfter() {
        CosmosException throttled =
                BridgeInternal.createCosmosException("throttled", 429, null, Map.of("x-ms-retry-after-ms", "1500"));

        RuntimeException translated = CosmosErrors.translate(new CosmosAccessException("failed", throttled));

        assertThat(translated).isInstanceOf(StoreUnavailableException.class);
        assertThat(((StoreUnavailableException) translated).retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void unavailabilityAndTimeoutsBecomeStoreUnavailableWithADefaultRetry() {
        for (int status : new int[] {503, 408, 410, 449}) {
            RuntimeException translated = CosmosErrors.translate(BridgeInternal.createCosmosException(status));
            assertThat(translated).as("status " + status).isInstanceOf(StoreUnavailableException.class);
            assertThat(((StoreUnavailableException) translated).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        }
        RuntimeException timeout = CosmosErrors.translate(new IllegalStateException(new TimeoutException("slow")));
        assertThat(timeout).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void defectsAreNotDisguisedAsOutages() {
        CosmosException badRequest = BridgeInternal.createCosmosException(400);
        IllegalArgumentException bug = new IllegalArgumentException("bug");

        assertThat(CosmosErrors.translate(badRequest)).isSameAs(badRequest);
        assertThat(CosmosErrors.translate(bug)).isSameAs(bug);
    }
}
