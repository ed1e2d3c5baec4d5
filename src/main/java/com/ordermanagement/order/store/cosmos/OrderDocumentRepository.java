package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.repository.CosmosRepository;

/** Point operations on order documents; queries go through {@link OrderQueries}. */
public interface OrderDocumentRepository extends CosmosRepository<OrderDocument, String> {}
