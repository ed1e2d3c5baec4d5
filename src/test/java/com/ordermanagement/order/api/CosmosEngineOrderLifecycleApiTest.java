package com.ordermanagement.order.api;

import com.ordermanagement.support.CosmosEngineApiTest;

/** {@link OrderLifecycleApiTest}, unchanged, against the service in Cosmos mode on the engine tier. */
@CosmosEngineApiTest
class CosmosEngineOrderLifecycleApiTest extends OrderLifecycleApiTest {}
