package com.ordermanagement.order.store.embedded;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Claims and deletion marks in memory; expired ones are swept every {@link #SWEEP_EVERY} claims, with no timer thread. */
public class EmbeddedIdempotencyStore implements IdempotencyStore {

    /** Sweeps expired claims and deletion marks after this many claims: amortised. */
    static final int SWEEP_EVERY = 1024;

    private record TimedClaim(IdempotencyClaim claim, Instant claimedAt) {}

    private record OrderKey(String customerId, String id) {}

    /** Claims by customer and key, with the time they were made; expired ones are replaced and swept. */
    private final Map<String, TimedClaim> claims = new ConcurrentHashMap<>();
    /** Orders deleted within the retention window. */
    private final Map<OrderKey, Instant> deletedOrders = new ConcurrentHashMap<>();

    private final AtomicLong claimsSinceSweep = new AtomicLong();
    private final Clock clock;
    private final Duration retention;

    public EmbeddedIdempotencyStore() {
        this(Clock.systemUTC(), Duration.ofHours(24));
    }

    public EmbeddedIdempotencyStore(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyClaim claim) {
        Instant now = clock.instant();
        TimedClaim held = claims.compute(
                claim.customerId() + '\u0000' + claim.key(),
                (key, existing) ->
                        existing == null || expired(existing.claimedAt(), now) ? new TimedClaim(claim, now) : existing);
        if (claimsSinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return held.claim();
    }

    @Override
    public void rememberDeletion(Order order) {
        deletedOrders.put(new OrderKey(order.customerId(), order.id()), clock.instant());
    }

    @Override
    public boolean wasDeleted(String orderId, String customerId) {
        Instant deletedAt = deletedOrders.get(new OrderKey(customerId, orderId));
        return deletedAt != null && !expired(deletedAt, clock.instant());
    }

    /** Number of Idempotency-Key claims held; expired ones leave within {@link #SWEEP_EVERY} claims. */
    public int claims() {
        return claims.size();
    }

    private boolean expired(Instant since, Instant now) {
        return !since.plus(retention).isAfter(now);
    }

    private void sweep(Instant now) {
        claims.values().removeIf(held -> expired(held.claimedAt(), now));
        deletedOrders.values().removeIf(deletedAt -> expired(deletedAt, now));
    }
}
