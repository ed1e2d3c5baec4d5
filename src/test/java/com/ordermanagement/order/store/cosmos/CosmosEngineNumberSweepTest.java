package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.support.CosmosEngineApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** The number sweep against the Cosmos adapter on the engine tier ({@code ./mvnw verify}, no Docker). */
@CosmosEngineApiTest
class CosmosEngineNumberSweepTest extends NumberSweepContract {

    @Autowired
    ConfigurableApplicationContext service;

    @Override
    protected ConfigurableApplicationContext service() {
        return service;
    }
}
