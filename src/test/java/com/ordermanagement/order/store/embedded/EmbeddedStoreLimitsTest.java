package com.ordermanagement.order.store.embedded;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.StoreFullException;
import com.ordermanagement.support.MutableClock;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store holds at most its configured number of orders, and fills without rehashing. */
class EmbeddedStoreLimitsTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    final EmbeddedOrderStore store = new EmbeddedOrderStore(3);

    @Test
    void etagsOfConsecutiveWritesRevealNoWriteCounter() {
        StoredOrder first = store.create(order("c1", "ORD-20260301-0000000C", clock.instant()));
        StoredOrder second = store.create(order("c1", "ORD-20260301-0000000D", clock.instant()));

        long a = Long.parseUnsignedLong(first.etag().replace("\"", ""), 16);
        long b = Long.parseUnsignedLong(second.etag().replace("\"", ""), 16);
        assertThat(Math.abs(b - a)).as("consecutive writes get unrelated tags").isGreaterThan(1_000L);
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
