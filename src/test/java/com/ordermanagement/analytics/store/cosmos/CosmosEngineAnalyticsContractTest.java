package com.ordermanagement.analytics.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.AnalyticsQueriesContract;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.support.CosmosEngineApiTest;
import com.ordermanagement.support.CosmosEngineTier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analytics data set against the Cosmos SQL aggregates on the engine tier. Every one of those
 * queries is a {@code GROUP BY} or a multi-aggregate SELECT, which the engine cannot parse: each test is
 * skipped with {@link CosmosEngineTier#NO_GROUP_BY} while it cannot, and runs in the emulator job.
 */
@CosmosEngineApiTest
class CosmosEngineAnalyticsContractTest extends AnalyticsQueriesContract {

    @Autowired
    OrderStore store;

    @Autowired
    AnalyticsQueries analytics;

    @Autowired
    CosmosAsyncContainer container;

    @BeforeEach
    void onlyWhereTheEngineGroups() {
        CosmosEngineTier.assumeGroupBy(container);
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
