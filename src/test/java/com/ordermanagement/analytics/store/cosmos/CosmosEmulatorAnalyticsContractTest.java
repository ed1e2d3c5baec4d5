package com.ordermanagement.analytics.store.cosmos;

import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.AnalyticsQueriesContract;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.support.CosmosEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The analytics data set against Cosmos SQL aggregates on the emulator; skipped without Docker. */
@Tag("cosmos-emulator")
@Testcontainers(disabledWithoutDocker = true)
class CosmosEmulatorAnalyticsContractTest extends AnalyticsQueriesContract {

    static OrderStore store;
    static AnalyticsQueries analytics;

    @BeforeAll
    static void startService() throws Exception {
        var service = CosmosEmulator.service();
        store = service.getBean(OrderStore.class);
        analytics = service.getBean(AnalyticsQueries.class);
    }

    @Override
    protected OrderStore store() {
        return store;
    }

    @Override
    protected AnalyticsQueries analytics() {
        return analytics;
    }
}
