package com.ordermanagement.web.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code RATE_LIMIT_ENABLED}, {@code RATE_LIMIT_REQUESTS_PER_MINUTE} and {@code REDIS_URL}, plus how
 * many idle clients the in-memory buckets may remember before the oldest are forgotten.
 */
@ConfigurationProperties("rate-limit")
public record RateLimitProperties(
        boolean enabled, int requestsPerMinute, int maxTrackedClients, String redisUrl, Duration redisTimeout) {

    public RateLimitProperties {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("RATE_LIMIT_REQUESTS_PER_MINUTE must be at least 1");
        }
        maxTrackedClients = maxTrackedClients > 0 ? maxTrackedClients : 50_000;
        redisTimeout = redisTimeout != null ? redisTimeout : Duration.ofMillis(500);
    }

    public boolean shared() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
