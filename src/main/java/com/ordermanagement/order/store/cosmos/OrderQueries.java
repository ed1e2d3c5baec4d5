package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.ordermanagement.order.store.OrderListQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL this service sends to Cosmos DB. Every value travels as a parameter; the text is built
 * only from fixed fragments, so no input can change a query's shape.
 */
public final class OrderQueries {

    private OrderQueries() {}

    public static SqlQuerySpec orderById(String orderId) {
        return new SqlQuerySpec(
                "SELECT * FROM c WHERE c.type = @type AND c.id = @id",
                List.of(new SqlParameter("@type", OrderDocument.TYPE), new SqlParameter("@id", orderId)));
    }

    /** Orders written by the Python service have no number lookup document; this finds them. */
    public static SqlQuerySpec orderByNumber(String orderNumber) {
        return new SqlQuerySpec(
                "SELECT * FROM c WHERE c.type = @type AND c.order_number = @number",
                List.of(new SqlParameter("@type", OrderDocument.TYPE), new SqlParameter("@number", orderNumber)));
    }

    /** Newest first, from {@code offset}, at most {@code limit} orders; paged further by continuation tokens. */
    public static SqlQuerySpec listing(OrderListQuery query, long offset, long limit) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = filters(query, parameters);
        parameters.add(new SqlParameter("@offset", offset));
        parameters.add(new SqlParameter("@limit", limit));
        return new SqlQuerySpec(
                "SELECT * FROM c WHERE " + where + " ORDER BY c.created_at DESC OFFSET @offset LIMIT @limit",
                parameters);
    }

    public static SqlQuerySpec count(OrderListQuery query) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = filters(query, parameters);
        return new SqlQuerySpec("SELECT VALUE COUNT(1) FROM c WHERE " + where, parameters);
    }

    /**
     * Number reservations made in {@code [from, until)}, for the sweep of orphaned ones; the ISO-8601
     * UTC text of {@code reserved_at} sorts as the instant does.
     */
    public static SqlQuerySpec reservationsBetween(java.time.Instant from, java.time.Instant until) {
        return new SqlQuerySpec(
                "SELECT c.id, c.partitionKey, c.order_id, c.customer_id, c._etag FROM c"
                        + " WHERE c.type = @type AND c.reserved_at >= @from AND c.reserved_at < @until",
                List.of(
                        new SqlParameter("@type", OrderNumberDocument.TYPE),
                        new SqlParameter("@from", from.toString()),
                        new SqlParameter("@until", until.toString())));
    }

    private static String filters(OrderListQuery query, List<SqlParameter> parameters) {
        StringBuilder where = new StringBuilder("c.type = @type");
        parameters.add(new SqlParameter("@type", OrderDocument.TYPE));
        if (query.customerId() != null) {
            where.append(" AND c.partitionKey = @customerId");
            parameters.add(new SqlParameter("@customerId", query.customerId()));
        }
        if (query.status() != null) {
            where.append(" AND c.status = @status");
            parameters.add(new SqlParameter("@status", query.status().wireName()));
        }
        return where.toString();
    }
}
