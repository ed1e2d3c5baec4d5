package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sweep of orphaned order-number reservations, a cross-partition query, against a Cosmos engine:
 * an orphaned reservation in the window is freed. Each engine's test hands in its service.
 */
abstract class NumberSweepContract {

    protected abstract ConfigurableApplicationContext service() throws Exception;

    @Test
    void anOrphanedReservationOldEnoughIsFreed() throws Exception {
        ConfigurableApplicationContext service = service();
        CosmosAsyncContainer container = service.getBean(CosmosAsyncContainer.class);
        String number =
                "ORD-20260101-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String partition = OrderNumberDocument.partitionOf(number);
        container
                .createItem(
                        Map.of(
                                "id",
                                number,
                                "partitionKey",
                                partition,
                                "type",
                                OrderNumberDocument.TYPE,
                                "order_id",
                                "never-stored-" + UUID.randomUUID(),
                                "customer_id",
                                "sweep-" + UUID.randomUUID(),
                                "reserved_at",
                                Instant.now().minus(Duration.ofMinutes(20)).toString()),
                        new PartitionKey(partition),
                        new CosmosItemRequestOptions())
                .block();

        int freed = service.getBean(NumberReservationSweeper.class).sweep();

        assertThat(freed).isGreaterThanOrEqualTo(1);
        assertThat(exists(container, number, partition)).isFalse();
    }

    private static boolean exists(CosmosAsyncContainer container, String id, String partition) {
        try {
            container.readItem(id, new PartitionKey(partition), JsonNode.class).block();
            return true;
        } catch (CosmosException e) {
            return e.getStatusCode() != 404;
        }
    }
}
