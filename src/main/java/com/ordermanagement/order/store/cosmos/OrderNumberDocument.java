package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.mapping.Container;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reserves an order number across all customers: its id is the number and it has a partition of its
 * own, so a second reservation of the same number fails with a conflict. It also answers "which
 * order has this number" with a point read.
 */
@Container(containerName = "Orders", partitionKeyPath = "/partitionKey")
public class OrderNumberDocument extends CosmosDocument {

    public static final String TYPE = "order_number";

    public OrderNumberDocument() {
        super(TYPE);
    }

    @JsonProperty("order_id")
    public String orderId;

    @JsonProperty("customer_id")
    public String customerId;

    /**
     * When the number was reserved (ISO-8601 UTC): the sweep of orphaned reservations looks at the
     * ones old enough that their order must exist by now. Reservations made before it existed lack it.
     */
    @JsonProperty("reserved_at")
    public String reservedAt;

    public static String partitionOf(String orderNumber) {
        return TYPE + ":" + orderNumber;
    }

    public static OrderNumberDocument reserve(
            String orderNumber, String orderId, String customerId, java.time.Instant reservedAt) {
        OrderNumberDocument document = new OrderNumberDocument();
        document.reservedAt = reservedAt.toString();
        document.id = orderNumber;
        document.partitionKey = partitionOf(orderNumber);
        document.orderId = orderId;
        document.customerId = customerId;
        return document;
    }
}
