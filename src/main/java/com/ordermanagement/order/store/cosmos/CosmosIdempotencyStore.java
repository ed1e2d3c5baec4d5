package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.IdempotencyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Claims ({@link IdempotencyKeyDocument}, in a partition of their own per customer and key) and
 * deletion marks ({@link DeletedOrderMark}, in the order's partition) in the orders container; both
 * carry a {@code ttl} of the retention window, so Cosmos DB removes them.
 */
public class CosmosIdempotencyStore implements IdempotencyStore {

    private final CosmosAsyncContainer container;
    private final CosmosTimeBudget budget;
    private final Duration retention;

    public CosmosIdempotencyStore(CosmosAsyncContainer container, CosmosTimeBudget budget, Duration retention) {
        this.container = container;
        this.budget = budget;
        this.retention = retention;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyClaim claim) {
        return call(() -> {
            IdempotencyKeyDocument document = IdempotencyKeyDocument.claim(
                    claim.key(), claim.requestFingerprint(), claim.orderId(), claim.customerId(), retention);
            // Twice at most: a claim that expires between our conflict and our read is claimed anew.
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    budget.await(container.createItem(
                            CosmosJson.tree(document), new PartitionKey(document.partitionKey), budget.itemOptions()));
                    return claim;
                } catch (RuntimeException e) {
                    if (CosmosErrors.statusOf(e) != CosmosErrors.CONFLICT) {
                        throw e;
                    }
                }
                Optional<JsonNode> existing = PointReads.read(container, budget, document.id, document.partitionKey);
                if (existing.isPresent()) {
                    IdempotencyKeyDocument holder = CosmosJson.read(existing.get(), IdempotencyKeyDocument.class);
                    return new IdempotencyClaim(
                            claim.key(), holder.requestFingerprint, holder.orderId, holder.customerId);
                }
            }
            throw new IllegalStateException("idempotency claim neither created nor readable");
        });
    }

    /** An upsert: deleting twice (a retry) leaves one mark, with its retention counted from the last. */
    @Override
    public void rememberDeletion(Order order) {
        call(() -> budget.await(container.upsertItem(
                DeletedOrderMark.of(order, retention), new PartitionKey(order.customerId()), budget.itemOptions())));
    }

    @Override
    public boolean wasDeleted(String orderId, String customerId) {
        return call(() -> PointReads.read(container, budget, DeletedOrderMark.idOf(orderId), customerId)
                .isPresent());
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw CosmosErrors.translate(e);
        }
    }
}
