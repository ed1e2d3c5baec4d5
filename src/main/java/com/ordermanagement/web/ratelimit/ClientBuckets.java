package com.ordermanagement.web.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** One token bucket per client: {@code requestsPerMinute} tokens, all of them back every minute. */
public interface ClientBuckets {

    ConsumptionProbe tryConsume(String client);

    /** Where the buckets live, for logs and readiness details. */
    String backend();

    static BucketConfiguration perMinute(int requests) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(requests).refillIntervally(requests, Duration.ofMinutes(1)))
                .build();
    }
}
