package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.OrderStoreContract;
import com.ordermanagement.support.CosmosEngineApiTest;
import com.ordermanagement.support.CosmosEngineTier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The store contract against the Cosmos adapter on the engine tier ({@code ./mvnw verify}, no Docker). */
@CosmosEngineApiTest
class CosmosEngineOrderStoreContractTest extends OrderStoreContract {

    @Autowired
    OrderStore store;

    @Override
    protected OrderStore store() {
        return store;
    }

    @Test
    void theseTestsReachTheEngineThroughTheCosmosAdapter() throws Exception {
        store.list(new OrderListQuery("engine-" + java.util.UUID.randomUUID(), null, 0, 5, null));

        assertThat(store.kind()).isEqualTo("cosmos");
        assertThat(CosmosEngineTier.server().proxy().exchanges())
                .as("the listing query, OFFSET/LIMIT included, went to the engine")
                .anyMatch(exchange -> exchange.body().contains("OFFSET@offsetLIMIT@limit") && exchange.status() == 200);
    }
}
