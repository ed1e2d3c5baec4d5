package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.store.IdempotencyStore;
import com.ordermanagement.order.store.IdempotencyStoreContract;
import com.ordermanagement.support.CosmosEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The idempotency contract against the Azure Cosmos DB emulator; skipped without Docker. */
@Tag("cosmos-emulator")
@Testcontainers(disabledWithoutDocker = true)
class CosmosEmulatorIdempotencyStoreContractTest extends IdempotencyStoreContract {

    static IdempotencyStore idempotency;

    @BeforeAll
    static void startService() throws Exception {
        idempotency = CosmosEmulator.service().getBean(IdempotencyStore.class);
    }

    @Override
    protected IdempotencyStore idempotency() {
        return idempotency;
    }
}
