package com.ordermanagement.order.service;

/** A replayed Idempotency-Key whose order was deleted since: answered, never created again. */
public class IdempotentOrderDeletedException extends RuntimeException {
    public IdempotentOrderDeletedException() {
        super("The order created with this Idempotency-Key has been deleted; use a new key to order again");
    }
}
