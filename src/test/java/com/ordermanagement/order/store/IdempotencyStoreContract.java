package com.ordermanagement.order.store;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.Order;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} adapter promises; each adapter's test extends this class and
 * hands in its store, so the same assertions hold in memory and on Cosmos DB.
 */
public abstract class IdempotencyStoreContract {

    protected abstract IdempotencyStore idempotency();

    String customer;

    @BeforeEach
    void newCustomer() {
        customer = "idempotency-" + UUID.randomUUID();
    }

    @Test
    void theFirstClaimOfAKeyWins() {
        String key = "key-" + UUID.randomUUID();
        IdempotencyClaim first = new IdempotencyClaim(key, "fp-1", "order-1", customer);

        assertThat(idempotency().claim(first)).isEqualTo(first);
        assertThat(idempotency().claim(new IdempotencyClaim(key, "fp-2", "order-2", customer)))
                .isEqualTo(first);
    }

    @Test
    void keysAreScopedPerCustomer() {
        String key = "key-" + UUID.randomUUID();
        IdempotencyClaim mine = new IdempotencyClaim(key, "fp-1", "order-1", customer);
        IdempotencyClaim theirs = new IdempotencyClaim(key, "fp-2", "order-2", "other-" + customer);

        assertThat(idempotency().claim(mine)).isEqualTo(mine);
        assertThat(idempotency().claim(theirs)).isEqualTo(theirs);
    }

    @Test
    void aDeletionIsRememberedForItsOrderAndCustomerOnly() {
        Order order = order(
                customer,
                "ORD-20260115-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Instant.parse("2026-01-15T12:00:00Z"));

        assertThat(idempotency().wasDeleted(order.id(), customer)).isFalse();
        idempotency().rememberDeletion(order);
        idempotency().rememberDeletion(order);

        assertThat(idempotency().wasDeleted(order.id(), customer)).isTrue();
        assertThat(idempotency().wasDeleted(order.id(), "other-" + customer)).isFalse();
        assertThat(idempotency().wasDeleted("another-order", customer)).isFalse();
    }
}
