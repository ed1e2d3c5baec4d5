package com.ordermanagement.cosmos;

import com.azure.cosmos.models.CompositePath;
import com.azure.cosmos.models.CompositePathSortOrder;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.ExcludedPath;
import com.azure.cosmos.models.IncludedPath;
import com.azure.cosmos.models.IndexingMode;
import com.azure.cosmos.models.IndexingPolicy;
import java.util.List;

/**
 * The container as this service wants it: partitioned on {@code /partitionKey} (the Python service's
 * layout), TTL on without a default (documents that carry {@code ttl}, such as idempotency claims and
 * deletion marks, expire; orders never do), and an index of what queries filter or sort on only.
 * Everything else is excluded: writes cost request units per indexed path, and items, addresses,
 * payment details and notes are never filtered on.
 */
public final class OrdersContainerDefinition {

    /** TTL on, no expiry unless a document says so. */
    static final int TTL_ON_WITHOUT_DEFAULT = -1;

    static final List<String> EXCLUDED = List.of(
            "/items/*",
            "/billing_address/*",
            "/shipping_address/*",
            "/payment_info/*",
            "/notes/?",
            "/cancellation_reason/?",
            "/customer_email/?",
            "/request_fingerprint/?",
            "/\"_etag\"/?");

    private OrdersContainerDefinition() {}

    public static CosmosContainerProperties properties(String containerName) {
        CosmosContainerProperties properties = new CosmosContainerProperties(containerName, "/partitionKey");
        properties.setIndexingPolicy(indexingPolicy());
        properties.setDefaultTimeToLiveInSeconds(TTL_ON_WITHOUT_DEFAULT);
        return properties;
    }

    /**
     * Listings filter on {@code type} (and {@code status}) and sort on {@code created_at} descending,
     * which Cosmos DB serves from a composite index; the per-customer email of the analytics filters on
     * {@code currency} too.
     */
    public static IndexingPolicy indexingPolicy() {
        IndexingPolicy policy = new IndexingPolicy();
        policy.setIndexingMode(IndexingMode.CONSISTENT);
        policy.setAutomatic(true);
        policy.setIncludedPaths(List.of(new IncludedPath("/*")));
        policy.setExcludedPaths(EXCLUDED.stream().map(ExcludedPath::new).toList());
        policy.setCompositeIndexes(List.of(
                List.of(ascending("/type"), descending("/created_at")),
                List.of(ascending("/type"), ascending("/status"), descending("/created_at")),
                List.of(ascending("/type"), ascending("/currency"), descending("/created_at"))));
        return policy;
    }

    private static CompositePath ascending(String path) {
        return new CompositePath().setPath(path).setOrder(CompositePathSortOrder.ASCENDING);
    }

    private static CompositePath descending(String path) {
        return new CompositePath().setPath(path).setOrder(CompositePathSortOrder.DESCENDING);
    }
}
