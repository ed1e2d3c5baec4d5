package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.store.IdempotencyStore;
import com.ordermanagement.order.store.IdempotencyStoreContract;
import com.ordermanagement.support.CosmosEngineApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The idempotency contract against the Cosmos adapter on the engine tier. */
@CosmosEngineApiTest
class CosmosEngineIdempotencyStoreContractTest extends IdempotencyStoreContract {

    @Autowired
    IdempotencyStore idempotency;

    @Override
    protected IdempotencyStore idempotency() {
        return idempotency;
    }
}
