package com.ordermanagement.config;

import com.ordermanagement.analytics.store.embedded.EmbeddedAnalytics;
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
    EmbeddedOrderStore embeddedOrderStore(
            CosmosProperties cosmos,
            Clock clock,
            @Value("${orders.idempotency-key-retention}") Duration idempotencyKeyRetention) {
        cosmos.validate();
        log.warn("COSMOS_ENDPOINT is not set: orders are kept IN MEMORY ONLY and are lost when the service stops");
        return new EmbeddedOrderStore(clock, idempotencyKeyRetention);
    }

    /** Rollups follow every write of the embedded store, so analytics read buckets, not orders. */
    @Bean
    EmbeddedAnalytics embeddedAnalytics(EmbeddedOrderStore store) {
        EmbeddedAnalytics analytics = new EmbeddedAnalytics();
        store.addListener(analytics);
        return analytics;
    }
}
