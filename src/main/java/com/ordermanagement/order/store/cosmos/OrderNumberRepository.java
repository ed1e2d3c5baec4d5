package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.repository.CosmosRepository;

public interface OrderNumberRepository extends CosmosRepository<OrderNumberDocument, String> {}
