package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.OrderStoreContract;
import com.ordermanagement.support.CosmosEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The store contract against the Azure Cosmos DB emulator. Needs a Docker engine: skipped where there
 * is none (our build machines), run by the GitHub Actions workflow.
 */
@Tag("cosmos-emulator")
@Testcontainers(disabledWithoutDocker = true)
class CosmosEmulatorOrderStoreContractTest extends OrderStoreContract {

    static OrderStore store;

    @BeforeAll
    static void startService() throws Exception {
        store = CosmosEmulator.service().getBean(OrderStore.class);
    }

    @Override
    protected OrderStore store() {
        return store;
    }
}
