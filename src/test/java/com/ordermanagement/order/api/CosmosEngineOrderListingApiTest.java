package com.ordermanagement.order.api;

import com.ordermanagement.support.CosmosEngineApiTest;

/** {@link OrderListingApiTest}, unchanged, against the service in Cosmos mode on the engine tier. */
@CosmosEngineApiTest
class CosmosEngineOrderListingApiTest extends OrderListingApiTest {}
