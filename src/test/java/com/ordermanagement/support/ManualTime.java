package com.ordermanagement.support;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A time source for rate-limit buckets that moves only when a test says so. */
public final class ManualTime implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
