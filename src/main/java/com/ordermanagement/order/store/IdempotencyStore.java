package com.ordermanagement.order.store;

import com.ordermanagement.order.domain.Order;

/**
 * What makes retries safe: Idempotency-Key claims, and the marks deleted orders leave so that a
 * replayed key cannot create them again. Both last a retention window (24 h by default), then go.
 */
public interface IdempotencyStore {

    /**
     * Records the claim unless the customer has claimed the key already within the retention window;
     * returns the claim that holds the key. Keys are scoped per customer, so one customer's key tells
     * nothing about another's.
     */
    IdempotencyClaim claim(IdempotencyClaim claim);

    /** Remembers, for the retention window, that the order is being deleted; called before the delete. */
    void rememberDeletion(Order order);

    /** True when the order was deleted within the retention window, so a replay must not recreate it. */
    boolean wasDeleted(String orderId, String customerId);
}
