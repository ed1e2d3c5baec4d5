package com.ordermanagement.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.ManualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalClientBucketsTest {

    @Test
    void aFloodOfOneHundredThousandAddressesStaysWithinTheBound() {
        ManualTime time = new ManualTime();
        LocalClientBuckets buckets = new LocalClientBuckets(100, 10_000, time);
        int peak = 0;

        for (int i = 0; i < 100_000; i++) {
            buckets.tryConsume("198.18." + (i >> 8 & 0xFF) + "." + (i & 0xFF) + "#" + i);
            time.advance(Duration.ofNanos(1_000));
            peak = Math.max(peak, buckets.trackedClients());
        }

        assertThat(peak).isLessThanOrEqualTo(10_001);
        time.advance(Duration.ofMinutes(1));
        buckets.tryConsume("one more");
        assertThat(buckets.trackedClients()).isEqualTo(1);
    }

    @Test
    void anActiveClientKeepsItsCountWhileIdleOnesAreForgotten() {
        ManualTime time = new ManualTime();
        LocalClientBuckets buckets = new LocalClientBuckets(1_000, 10, time);
        for (int i = 0; i < 50; i++) {
            buckets.tryConsume("idle-" + i);
            time.advance(Duration.ofMillis(1));
            buckets.tryConsume("busy");
            time.advance(Duration.ofMillis(1));
        }

        assertThat(buckets.trackedClients()).isLessThanOrEqualTo(11);
        assertThat(buckets.tryConsume("busy").getRemainingTokens()).isEqualTo(1_000 - 51);
        assertThat(buckets.backend()).isEqualTo("local");
    }
}
