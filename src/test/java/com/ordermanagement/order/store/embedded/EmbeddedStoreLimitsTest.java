package com.ordermanagement.order.store.embedded;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.StoreFullException;
import com.ordermanagement.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key claims and deletion marks last the retention window, then make room; the store
 * holds at most its configured number of orders.
 */
class EmbeddedStoreLimitsTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    final EmbeddedOrderStore store = new EmbeddedOrderStore(clock, Duration.ofHours(24), 3);

    @Test
    void etagsOfConsecutiveWritesRevealNoWriteCounter() {
        StoredOrder first = store.create(order("c1", "ORD-20260301-0000000C", clock.instant()));
        StoredOrder second = store.create(order("c1", "ORD-20260301-0000000D", clock.instant()));

        long a = Long.parseUnsignedLong(first.etag().replace("\"", ""), 16);
        long b = Long.parseUnsignedLong(second.etag().replace("\"", ""), 16);
        assertThat(Math.abs(b - a)).as("consecutive writes get unrelated tags").isGreaterThan(1_000L);
    }

    @Test
    void aClaimHoldsForTheRetentionWindowAndCanBeMadeAgainAfterIt() {
        IdempotencyClaim first = new IdempotencyClaim("k", "fp-1", "order-1", "c1");
        IdempotencyClaim second = new IdempotencyClaim("k", "fp-2", "order-2", "c1");
        store.claimIdempotencyKey(first);

        clock.set(Instant.parse("2026-03-01T23:59:59Z"));
        assertThat(store.claimIdempotencyKey(second)).isEqualTo(first);

        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(store.claimIdempotencyKey(second)).isEqualTo(second);
    }

    @Test
    void expiredClaimsAreSweptSoMemoryStaysBounded() {
        for (int i = 0; i < EmbeddedOrderStore.SWEEP_EVERY - 1; i++) {
            store.claimIdempotencyKey(new IdempotencyClaim("old-" + i, "fp", "o-" + i, "c1"));
        }
        assertThat(store.idempotencyClaims()).isEqualTo(EmbeddedOrderStore.SWEEP_EVERY - 1);

        clock.set(Instant.parse("2026-03-02T00:00:01Z"));
        store.claimIdempotencyKey(new IdempotencyClaim("new", "fp", "o-new", "c1"));

        assertThat(store.idempotencyClaims()).isEqualTo(1);
    }

    @Test
    void aDeletionIsRememberedForTheRetentionWindowOnly() {
        StoredOrder created = store.create(order("c1", "ORD-20260301-0000000A", clock.instant()));
        store.delete(created.order(), null);

        clock.set(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(store.wasDeleted(created.order().id(), "c1")).isTrue();

        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(store.wasDeleted(created.order().id(), "c1")).isFalse();
    }

    @Test
    void aFullStoreRefusesNewOrdersUntilOneIsDeleted() {
        StoredOrder first = store.create(order("c1", "ORD-20260301-0000000B", clock.instant()));
        store.create(order("c1", "ORD-20260301-0000000C", clock.instant()));
        store.create(order("c1", "ORD-20260301-0000000D", clock.instant()));

        assertThatThrownBy(() -> store.create(order("c1", "ORD-20260301-0000000E", clock.instant())))
                .isInstanceOf(StoreFullException.class);
        store.delete(first.order(), null);
        assertThat(store.create(order("c1", "ORD-20260301-0000000E", clock.instant())))
                .isNotNull();
    }

    /**
     * A store sized for N orders never rehashes its maps while filling (a rehash of hundreds of
     * thousands of entries stops every request for tens to hundreds of milliseconds): its capacity
     * keeps N entries within HashMap's 3/4 load; only stores above the limit start small.
     */
    @Test
    void aBoundedStoreSizesItsMapsSoThatFillingThemNeverRehashes() {
        Random random = new Random(18);
        for (int i = 0; i < 1_000; i++) {
            long maxOrders = 1 + random.nextInt(EmbeddedOrderStore.PRESIZED_ORDERS_LIMIT);
            int capacity = EmbeddedOrderStore.capacityFor(maxOrders);
            int table = Integer.highestOneBit(capacity - 1) << 1; // HashMap rounds up to a power of two
            assertThat(maxOrders).as("orders for capacity %d", capacity).isLessThanOrEqualTo((long) (table * 0.75f));
        }
        assertThat(EmbeddedOrderStore.capacityFor(EmbeddedOrderStore.PRESIZED_ORDERS_LIMIT))
                .isGreaterThan(EmbeddedOrderStore.PRESIZED_ORDERS_LIMIT);
        assertThat(EmbeddedOrderStore.capacityFor(EmbeddedOrderStore.PRESIZED_ORDERS_LIMIT + 1L))
                .isEqualTo(16);
        assertThat(EmbeddedOrderStore.capacityFor(Long.MAX_VALUE)).isEqualTo(16);
    }
}
