package com.ordermanagement.web.ratelimit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Shows in readiness where the rate-limit buckets live. Always up: a lost Redis weakens the limit
 * but must not take instances out of the balancer.
 */
public class RateLimiterHealthIndicator implements HealthIndicator {

    private final RateLimitProperties properties;
    private final ClientBuckets buckets;

    public RateLimiterHealthIndicator(RateLimitProperties properties, ClientBuckets buckets) {
        this.properties = properties;
        this.buckets = buckets;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("enabled", properties.enabled())
                .withDetail("backend", buckets.backend())
                .withDetail("requests_per_minute", properties.requestsPerMinute())
                .build();
    }
}
