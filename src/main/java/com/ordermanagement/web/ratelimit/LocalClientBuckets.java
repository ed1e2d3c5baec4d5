package com.ordermanagement.web.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in this process. Memory stays bounded under a flood of distinct addresses: a bucket idle
 * for a whole refill period is full again, so forgetting it changes nothing; past {@code maxClients}
 * the longest-idle tenth is forgotten too.
 */
public class LocalClientBuckets implements ClientBuckets {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();
    private final BucketConfiguration configuration;
    private final TimeMeter time;
    private final int maxClients;
    private final AtomicLong lastSweep = new AtomicLong();

    public LocalClientBuckets(int requestsPerMinute, int maxClients, TimeMeter time) {
        this.configuration = ClientBuckets.perMinute(requestsPerMinute);
        this.time = time;
        this.maxClients = maxClients;
        this.lastSweep.set(time.currentTimeNanos());
    }

    @Override
    public ConsumptionProbe tryConsume(String client) {
        long now = time.currentTimeNanos();
        Tracked tracked = buckets.computeIfAbsent(
                client,
                c -> new Tracked(Bucket.builder()
                        .withCustomTimePrecision(time)
                        .addLimit(configuration.getBandwidths()[0])
                        .build()));
        tracked.lastUsed = now;
        ConsumptionProbe probe = tracked.bucket.tryConsumeAndReturnRemaining(1);
        if (buckets.size() > maxClients || now - lastSweep.get() > IDLE_NANOS) {
            sweep(now);
        }
        return probe;
    }

    @Override
    public String backend() {
        return "local";
    }

    /** How many clients are remembered right now. */
    public int trackedClients() {
        return buckets.size();
    }

    private synchronized void sweep(long now) {
        lastSweep.set(now);
        buckets.values().removeIf(tracked -> now - tracked.lastUsed >= IDLE_NANOS);
        if (buckets.size() > maxClients) {
            List<String> oldest = buckets.entrySet().stream()
                    .sorted(Comparator.comparingLong(entry -> entry.getValue().lastUsed))
                    .limit(buckets.size() - maxClients + maxClients / 10)
                    .map(Map.Entry::getKey)
                    .toList();
            oldest.forEach(buckets::remove);
        }
    }

    private static final class Tracked {
        final Bucket bucket;
        volatile long lastUsed;

        Tracked(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
