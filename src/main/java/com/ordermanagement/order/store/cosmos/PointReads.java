package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import java.util.Optional;

/** A point read within the request's budget, where "not found" is an answer, not a failure. */
final class PointReads {

    private PointReads() {}

    static Optional<JsonNode> read(
            CosmosAsyncContainer container, CosmosTimeBudget budget, String id, String partition) {
        try {
            return Optional.ofNullable(budget.await(
                            container.readItem(id, new PartitionKey(partition), budget.itemOptions(), JsonNode.class))
                    .getItem());
        } catch (RuntimeException e) {
            if (CosmosErrors.statusOf(e) == CosmosErrors.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
