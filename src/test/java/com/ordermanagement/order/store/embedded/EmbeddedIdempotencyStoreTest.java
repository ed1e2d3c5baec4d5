package com.ordermanagement.order.store.embedded;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Idempotency-Key claims and deletion marks last the retention window, then make room. */
class EmbeddedIdempotencyStoreTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    final EmbeddedIdempotencyStore idempotency = new EmbeddedIdempotencyStore(clock, Duration.ofHours(24));

    @Test
    void aClaimHoldsForTheRetentionWindowAndCanBeMadeAgainAfterIt() {
        IdempotencyClaim first = new IdempotencyClaim("k", "fp-1", "order-1", "c1");
        IdempotencyClaim second = new IdempotencyClaim("k", "fp-2", "order-2", "c1");
        idempotency.claim(first);

        clock.set(Instant.parse("2026-03-01T23:59:59Z"));
        assertThat(idempotency.claim(second)).isEqualTo(first);

        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(idempotency.claim(second)).isEqualTo(second);
    }

    @Test
    void expiredClaimsAreSweptSoMemoryStaysBounded() {
        for (int i = 0; i < EmbeddedIdempotencyStore.SWEEP_EVERY - 1; i++) {
            idempotency.claim(new IdempotencyClaim("old-" + i, "fp", "o-" + i, "c1"));
        }
        assertThat(idempotency.claims()).isEqualTo(EmbeddedIdempotencyStore.SWEEP_EVERY - 1);

        clock.set(Instant.parse("2026-03-02T00:00:01Z"));
        idempotency.claim(new IdempotencyClaim("new", "fp", "o-new", "c1"));

        assertThat(idempotency.claims()).isEqualTo(1);
    }

    @Test
    void aDeletionIsRememberedForTheRetentionWindowOnly() {
        Order order = order("c1", "ORD-20260301-0000000A", clock.instant());
        idempotency.rememberDeletion(order);

        clock.set(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(idempotency.wasDeleted(order.id(), "c1")).isTrue();

        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(idempotency.wasDeleted(order.id(), "c1")).isFalse();
    }
}
