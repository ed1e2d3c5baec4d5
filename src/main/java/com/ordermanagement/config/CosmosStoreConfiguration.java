package com.ordermanagement.config;

import com.azure.cosmos.ConsistencyLevel;
import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.DirectConnectionConfig;
import com.azure.cosmos.GatewayConnectionConfig;
import com.azure.cosmos.models.CosmosClientTelemetryConfig;
import com.azure.cosmos.models.CosmosMicrometerMetricsOptions;
import com.azure.spring.data.cosmos.CosmosFactory;
import com.azure.spring.data.cosmos.config.AbstractCosmosConfiguration;
import com.azure.spring.data.cosmos.config.CosmosConfig;
import com.azure.spring.data.cosmos.core.CosmosTemplate;
import com.azure.spring.data.cosmos.repository.config.EnableCosmosRepositories;
import com.ordermanagement.analytics.store.cosmos.CosmosAnalyticsQueries;
import com.ordermanagement.order.store.cosmos.CosmosOrderStore;
import com.ordermanagement.order.store.cosmos.IdempotencyKeyRepository;
import com.ordermanagement.order.store.cosmos.OrderDocumentRepository;
import com.ordermanagement.order.store.cosmos.OrderNumberRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Active when {@code COSMOS_ENDPOINT} is set; creates the database and container when they are missing. */
@Configuration(proxyBeanMethods = false)
@Conditional(CosmosConfigured.class)
@EnableCosmosRepositories(basePackageClasses = OrderDocumentRepository.class)
public class CosmosStoreConfiguration extends AbstractCosmosConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CosmosStoreConfiguration.class);

    private final CosmosProperties properties;

    public CosmosStoreConfiguration(CosmosProperties properties) {
        properties.validate();
        this.properties = properties;
    }

    /**
     * The SDK publishes request units and latency per operation ({@code cosmos.client.op.RUs},
     * {@code cosmos.client.op.latency}) to the application's registry, so cost shows in Prometheus.
     */
    @Bean
    CosmosClientBuilder cosmosClientBuilder(MeterRegistry meters) {
        CosmosClientBuilder builder = new CosmosClientBuilder()
                .clientTelemetryConfig(new CosmosClientTelemetryConfig()
                        .metricsOptions(new CosmosMicrometerMetricsOptions().meterRegistry(meters)))
                .endpoint(properties.endpoint().trim())
                .key(properties.key())
                .consistencyLevel(ConsistencyLevel.SESSION)
                .contentResponseOnWriteEnabled(true)
                .userAgentSuffix("order-management-service");
        if (properties.connectionMode() == CosmosProperties.ConnectionMode.GATEWAY) {
            builder.gatewayMode(GatewayConnectionConfig.getDefaultConfig());
        } else {
            builder.directMode(DirectConnectionConfig.getDefaultConfig());
        }
        log.info(
                "Orders are stored in Cosmos DB database '{}', container '{}' ({} mode)",
                properties.database(),
                properties.container(),
                properties.connectionMode());
        return builder;
    }

    @Override
    @Bean
    public CosmosConfig cosmosConfig() {
        return CosmosConfig.builder().enableQueryMetrics(false).build();
    }

    /** Every document class names the default container; COSMOS_CONTAINER overrides it for all of them. */
    @Override
    @Bean
    public CosmosFactory cosmosFactory(CosmosAsyncClient client) {
        String container = properties.container();
        return new CosmosFactory(client, properties.database()) {
            @Override
            public String overrideContainerName() {
                return container;
            }
        };
    }

    @Override
    protected String getDatabaseName() {
        return properties.database();
    }

    @Bean
    CosmosAsyncContainer ordersContainer(CosmosAsyncClient client) {
        return client.getDatabase(properties.database()).getContainer(properties.container());
    }

    @Bean
    CosmosOrderStore cosmosOrderStore(
            OrderDocumentRepository orders,
            OrderNumberRepository numbers,
            IdempotencyKeyRepository idempotencyKeys,
            CosmosTemplate template,
            CosmosAsyncContainer ordersContainer,
            @Value("${orders.idempotency-key-retention}") Duration retention) {
        return new CosmosOrderStore(orders, numbers, idempotencyKeys, template, ordersContainer, retention);
    }

    @Bean
    CosmosAnalyticsQueries cosmosAnalyticsQueries(CosmosAsyncContainer ordersContainer) {
        return new CosmosAnalyticsQueries(ordersContainer);
    }
}
