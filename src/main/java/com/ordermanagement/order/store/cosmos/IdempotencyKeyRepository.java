package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.repository.CosmosRepository;

public interface IdempotencyKeyRepository extends CosmosRepository<IdempotencyKeyDocument, String> {}
