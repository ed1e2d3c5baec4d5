package com.ordermanagement.analytics.store.embedded;

import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.AnalyticsQueriesContract;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;

class EmbeddedAnalyticsContractTest extends AnalyticsQueriesContract {

    private final EmbeddedOrderStore store = new EmbeddedOrderStore();
    private final EmbeddedAnalyticsQueries analytics = new EmbeddedAnalyticsQueries();

    EmbeddedAnalyticsContractTest() {
        store.addListener(analytics);
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
