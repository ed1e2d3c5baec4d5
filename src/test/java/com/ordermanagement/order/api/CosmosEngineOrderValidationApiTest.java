package com.ordermanagement.order.api;

import com.ordermanagement.support.CosmosEngineApiTest;

/** {@link OrderValidationApiTest}, unchanged, against the service in Cosmos mode on the engine tier. */
@CosmosEngineApiTest
class CosmosEngineOrderValidationApiTest extends OrderValidationApiTest {}
