package com.ordermanagement.order.store.embedded;

import com.ordermanagement.order.store.IdempotencyStore;
import com.ordermanagement.order.store.IdempotencyStoreContract;

class EmbeddedIdempotencyStoreContractTest extends IdempotencyStoreContract {

    private final EmbeddedIdempotencyStore idempotency = new EmbeddedIdempotencyStore();

    @Override
    protected IdempotencyStore idempotency() {
        return idempotency;
    }
}
