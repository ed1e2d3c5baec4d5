package com.ordermanagement.config;

import com.ordermanagement.analytics.store.embedded.EmbeddedAnalyticsQueries;
import com.ordermanagement.cosmos.CosmosConfigured;
import com.ordermanagement.order.store.embedded.EmbeddedIdempotencyStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@Conditional(CosmosConfigured.Not.class)
public class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean
    EmbeddedOrderStore embeddedOrderStore(@Value("${embedded.max-orders:0}") long configuredMaxOrders) {
        long maxOrders = configuredMaxOrders > 0 ? configuredMaxOrders : defaultMaxOrders();
        log.warn(
                "COSMOS_ENDPOINT is not set: orders are kept IN MEMORY ONLY and are lost when the service stops"
                        + " (at most {} orders; EMBEDDED_MAX_ORDERS changes that)",
                maxOrders);
        return new EmbeddedOrderStore(maxOrders);
    }

    /** Claims and deletion marks, kept in memory for {@code IDEMPOTENCY_KEY_RETENTION}. */
    @Bean
    EmbeddedIdempotencyStore embeddedIdempotencyStore(
            Clock clock, @Value("${orders.idempotency-key-retention}") Duration idempotencyKeyRetention) {
        return new EmbeddedIdempotencyStore(clock, idempotencyKeyRetention);
    }

    /**
     * Half the heap, at about 3 KB per stored order with its indexes and rollups (measured about
     * 2.7 KB): the other half stays for requests, analytics and the rest of the service.
     */
    static long defaultMaxOrders() {
        return Math.max(1_000, Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_ORDER);
    }

    static final long BYTES_PER_ORDER = 3_000;

    /** Rollups follow every write of the embedded store, so analytics read buckets, not orders. */
    @Bean
    EmbeddedAnalyticsQueries embeddedAnalytics(EmbeddedOrderStore store) {
        EmbeddedAnalyticsQueries analytics = new EmbeddedAnalyticsQueries();
        store.addListener(analytics);
        return analytics;
    }
}
