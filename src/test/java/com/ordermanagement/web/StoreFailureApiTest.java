package com.ordermanagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

import com.ordermanagement.common.store.StoreRejectedQueryException;
import com.ordermanagement.common.store.StoreUnavailableException;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What clients and probes see when the store is throttled, down, or fails unexpectedly; with
 * {@code DEBUG=true}, which must not put stack traces into answers either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "debug=true")
class StoreFailureApiTest extends HttpApiTest {

    @MockitoBean
    EmbeddedOrderStore store;

    @BeforeEach
    void setUp() {
        given(store.kind()).willReturn("failing");
    }

    @Test
    void aThrottledStoreIsA503WithRetryAfter() {
        given(store.find(anyString(), any())).willThrow(new StoreUnavailableException(Duration.ofMillis(2500), null));

        Api.Response response = api.get("/api/v1/orders/some-id?customer_id=c1");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("3");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/store-unavailable");
    }

    @Test
    void aQueryTheStoreRefusesIsA400ProblemThatLeaksNothing() {
        given(store.find(anyString(), any()))
                .willThrow(new StoreRejectedQueryException(new IllegalArgumentException("SELECT * FROM c")));

        Api.Response response = api.get("/api/v1/orders/some-id");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/query-rejected");
        assertThat(response.body()).doesNotContain("SELECT").doesNotContain("Exception");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatLeaksNothing() {
        given(store.find(anyString(), any()))
                .willThrow(new IllegalStateException("SELECT * FROM c WHERE secret = 'AccountKey=abc'"));

        Api.Response response = api.get("/api/v1/orders/some-id");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain("SELECT")
                .doesNotContain("AccountKey")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at com.");
    }

    @Test
    void readinessFailsWhenTheStoreIsUnreachableWhileLivenessHolds() {
        willThrow(new StoreUnavailableException(Duration.ofSeconds(1), null))
                .given(store)
                .ping();

        Api.Response ready = api.get("/api/v1/health/ready");
        Api.Response live = api.get("/api/v1/health/live");

        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().get("status").asString()).isEqualTo("not_ready");
        assertThat(ready.json().get("database").asString()).isEqualTo("disconnected");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/health").status()).isEqualTo(503);
        assertThat(api.get("/health").json().get("status").asString()).isEqualTo("unhealthy");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asString()).isEqualTo("alive");
    }
}
