package com.ordermanagement.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.RateLimitClockTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The default limit of 100 requests a minute per client, over real HTTP, with time under test control. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,prometheus")
class RateLimitApiTest extends RateLimitClockTest {

    @Test
    void theHundredthRequestPassesTheHundredAndFirstIsRefusedAndTheBucketRefills() {
        for (int i = 1; i <= 100; i++) {
            Api.Response allowed = api.get("/api/v1/orders?page_size=1");
            assertThat(allowed.status()).as("request " + i).isEqualTo(200);
            assertThat(allowed.header("RateLimit-Limit")).isEqualTo("100");
            assertThat(allowed.header("RateLimit-Remaining")).isEqualTo(Integer.toString(100 - i));
        }

        Api.Response refused = api.get("/api/v1/orders?page_size=1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");

        TIME.advance(Duration.ofSeconds(59));
        assertThat(api.get("/api/v1/orders").status()).isEqualTo(429);
        TIME.advance(Duration.ofSeconds(1));
        Api.Response refilled = api.get("/api/v1/orders");
        assertThat(refilled.status()).isEqualTo(200);
        assertThat(refilled.header("RateLimit-Remaining")).isEqualTo("99");
    }

    @Test
    void aForgedForwardedForFromAnUntrustedPeerDoesNotBuyANewBucket() {
        for (int i = 0; i < 100; i++) {
            api.get("/api/v1/orders", "X-Forwarded-For", "10.0.0." + i);
        }

        Api.Response forged = api.get("/api/v1/orders", "X-Forwarded-For", "203.0.113.77");

        assertThat(forged.status()).isEqualTo(429);
    }

    @Test
    void probesMetricsAndDocsAreNeverLimited() {
        for (int i = 0; i < 100; i++) {
            api.get("/api/v1/orders");
        }
        assertThat(api.get("/api/v1/orders").status()).isEqualTo(429);

        for (String path : List.of(
                "/health",
                "/api/v1/health/ready",
                "/api/v1/health/live",
                "/actuator/prometheus",
                "/v3/api-docs",
                "/openapi.json",
                "/redoc",
                "/docs")) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("RateLimit-Limit")).as(path).isNull();
        }
    }

    @Test
    void twentyThreadsSendingThreeHundredRequestsAtOnceGetExactlyTheLimitThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return api.get("/api/v1/orders?page_size=1").status();
                };
                statuses.add(pool.submit(call));
            }
            start.countDown();
            int passed = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                passed += code == 200 ? 1 : 0;
                refused += code == 429 ? 1 : 0;
            }
            assertThat(passed).isEqualTo(100);
            assertThat(refused).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectionsAreCountedInTheMetrics() {
        for (int i = 0; i < 101; i++) {
            api.get("/api/v1/orders");
        }

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("http_rate_limit_rejections_total(\\{[^}]*\\})? [1-9]");
    }
}
