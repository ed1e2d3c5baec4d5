package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.order.domain.Order;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mark a deleted order leaves in its customer's partition for the Idempotency-Key retention
 * window, so that replaying the key that created it answers "deleted" instead of creating it again.
 * Its {@code type} is not "order", so readers that filter on {@code type = 'order'} never see it;
 * {@code ttl} lets Cosmos DB remove it.
 */
final class DeletedOrderMark {

    static final String TYPE = "deleted_order";

    private DeletedOrderMark() {}

    static String idOf(String orderId) {
        return TYPE + ":" + orderId;
    }

    static Map<String, Object> of(Order order, Duration retention) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", idOf(order.id()));
        document.put("partitionKey", order.customerId());
        document.put("type", TYPE);
        document.put("order_id", order.id());
        document.put("order_number", order.orderNumber());
        document.put("ttl", (int) Math.max(1, Math.min(Integer.MAX_VALUE, retention.toSeconds())));
        return document;
    }
}
