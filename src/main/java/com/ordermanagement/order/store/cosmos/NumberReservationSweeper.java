package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects order number reservations whose order was never stored: a create whose order write timed
 * out keeps its reservation (the order may have been written), and a retry draws a new number. Every
 * sweep looks at the reservations made in one window that ended {@code grace} ago (long enough for any
 * create to have finished) and deletes those without an order, each only if unchanged since it was
 * read. Each reservation is looked at in about two sweeps: one cross-partition query per sweep and
 * one point read (1 RU) per reservation.
 */
public class NumberReservationSweeper {

    private static final Logger log = LoggerFactory.getLogger(NumberReservationSweeper.class);

    private final CosmosAsyncContainer container;
    private final CosmosTimeBudget budget;
    private final Clock clock;
    private final Duration grace;
    private final Duration window;

    public NumberReservationSweeper(
            CosmosAsyncContainer container, CosmosTimeBudget budget, Clock clock, Duration grace, Duration window) {
        this.container = container;
        this.budget = budget;
        this.clock = clock;
        this.grace = grace;
        this.window = window;
    }

    /** Runs one sweep; returns how many orphaned reservations it deleted. */
    public int sweep() {
        Instant until = clock.instant().minus(grace);
        List<JsonNode> reservations = budget.await(container
                .queryItems(
                        OrderQueries.reservationsBetween(until.minus(window), until),
                        budget.queryOptions(),
                        JsonNode.class)
                .collectList());
        int collected = collect(reservations == null ? List.of() : reservations);
        if (collected > 0) {
            log.info("Freed {} order numbers whose orders were never stored", collected);
        }
        return collected;
    }

    /** Deletes each reservation (as the sweep's query returns them) that no stored order holds. */
    int collect(List<JsonNode> reservations) {
        int collected = 0;
        for (JsonNode reservation : reservations) {
            if (!orderHolds(reservation) && deleteIfUnchanged(reservation)) {
                collected++;
            }
        }
        return collected;
    }

    /**
     * Whether the reservation's order exists with this number: a create retried under the same order id
     * draws a new number, so the order may exist and hold another one.
     */
    private boolean orderHolds(JsonNode reservation) {
        try {
            return PointReads.read(
                            container,
                            budget,
                            reservation.path("order_id").asText(),
                            reservation.path("customer_id").asText())
                    .map(order -> order.path("order_number")
                            .asText()
                            .equals(reservation.path("id").asText()))
                    .orElse(false);
        } catch (RuntimeException e) {
            throw CosmosErrors.translate(e);
        }
    }

    private boolean deleteIfUnchanged(JsonNode reservation) {
        try {
            budget.await(container.deleteItem(
                    reservation.path("id").asText(),
                    new PartitionKey(reservation.path("partitionKey").asText()),
                    budget.itemOptions()
                            .setIfMatchETag(reservation.path("_etag").asText())));
            return true;
        } catch (RuntimeException e) {
            int status = CosmosErrors.statusOf(e);
            if (status == CosmosErrors.NOT_FOUND || status == CosmosErrors.PRECONDITION_FAILED) {
                return false;
            }
            throw CosmosErrors.translate(e);
        }
    }
}
