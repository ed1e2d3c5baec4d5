package com.ordermanagement.web.ratelimit;

import com.ordermanagement.web.LogSafe;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis buckets when Redis answers, local buckets when it does not: losing Redis weakens the limit
 * to one per instance for a while, but never fails a request. Reconnects are tried at most every
 * {@code RETRY} so that a dead Redis costs no latency.
 */
public class SharedOrLocalBuckets implements ClientBuckets, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedOrLocalBuckets.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(15);

    private final Supplier<RedisClientBuckets> connect;
    private final LocalClientBuckets local;
    private final TimeMeter time;
    private volatile RedisClientBuckets redis;
    private volatile long nextAttempt;
    private volatile long skipRedisUntil;
    private volatile boolean degraded;
    private boolean closed;

    public SharedOrLocalBuckets(Supplier<RedisClientBuckets> connect, LocalClientBuckets local, TimeMeter time) {
        this.connect = connect;
        this.local = local;
        this.time = time;
        attemptConnect();
    }

    @Override
    public ConsumptionProbe tryConsume(String client) {
        RedisClientBuckets shared = redis;
        long now = time.currentTimeNanos();
        if (shared == null && now >= nextAttempt) {
            shared = attemptConnect();
        }
        if (shared != null && now >= skipRedisUntil) {
            try {
                ConsumptionProbe probe = shared.tryConsume(client);
                if (degraded) {
                    degraded = false;
                    log.info("Redis answers again: rate limits are shared across instances");
                }
                return probe;
            } catch (RuntimeException e) {
                markDegraded(e);
                // A failing Redis would cost every request its timeout: stay local for a while.
                skipRedisUntil = time.currentTimeNanos() + RETRY_NANOS;
            }
        }
        return local.tryConsume(client);
    }

    @Override
    public String backend() {
        return degraded() ? "local (Redis unreachable)" : "redis";
    }

    public boolean degraded() {
        return redis == null || degraded;
    }

    private synchronized RedisClientBuckets attemptConnect() {
        if (redis != null || closed) {
            return redis;
        }
        nextAttempt = time.currentTimeNanos() + RETRY_NANOS;
        try {
            redis = connect.get();
            degraded = false;
            log.info("Rate limits are shared through Redis");
        } catch (RuntimeException e) {
            degraded = true;
            log.warn(
                    "Redis is unreachable ({}): rate limits are kept per instance until it answers",
                    LogSafe.of(e.getClass().getSimpleName()));
        }
        return redis;
    }

    private void markDegraded(RuntimeException e) {
        if (!degraded) {
            log.warn(
                    "Redis failed ({}): rate limits fall back to this instance",
                    LogSafe.of(e.getClass().getSimpleName()));
        }
        degraded = true;
    }

    /** Closes the Redis client; a connection attempt racing this one waits for it and is not made. */
    @Override
    public synchronized void close() {
        closed = true;
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }
}
