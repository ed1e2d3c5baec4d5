package com.ordermanagement.cosmos;

import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosAsyncDatabase;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.ThroughputProperties;
import com.azure.spring.data.cosmos.CosmosFactory;
import com.azure.spring.data.cosmos.config.AbstractCosmosConfiguration;
import com.azure.spring.data.cosmos.config.CosmosConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Cosmos DB client and the orders container, active when {@code COSMOS_ENDPOINT} is set. Spring
 * Data Cosmos builds and owns the client (from the builder below) and maps the documents; the
 * adapters talk to the SDK container directly, because every call carries its own time budget and
 * writes must be exact (create, replace-if-match), which Spring Data's repositories (upsert-based
 * save, no per-call options) cannot say. Creates the database and the container, with this service's
 * indexing policy, when they are missing. The settings were checked before any bean, and so before
 * any connection, existed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(CosmosConfigured.class)
public class CosmosClientConfiguration extends AbstractCosmosConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CosmosClientConfiguration.class);

    private final CosmosProperties properties;
    private final CosmosTuning tuning;

    public CosmosClientConfiguration(CosmosProperties properties, CosmosTuning tuning) {
        this.properties = properties;
        this.tuning = tuning;
    }

    @Bean
    CosmosClientBuilder cosmosClientBuilder(MeterRegistry meters) {
        CosmosClientSettings settings = CosmosClientSettings.of(properties, tuning);
        CosmosClientBuilder builder = settings.builder(properties, meters);
        log.info(
                "Orders are stored in Cosmos DB database '{}', container '{}' ({} mode, endpoint discovery {},"
                        + " {} per request)",
                properties.database(),
                properties.container(),
                properties.connectionMode(),
                settings.endpointDiscovery() ? "on" : "off",
                tuning.requestTimeout());
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
    CosmosTimeBudget cosmosTimeBudget() {
        return new CosmosTimeBudget(tuning.requestTimeout());
    }

    /** The shared container, created with this service's definition when missing (once, at start-up). */
    @Bean
    CosmosAsyncContainer ordersContainer(CosmosAsyncClient client) {
        client.createDatabaseIfNotExists(properties.database())
                .block(tuning.requestTimeout().multipliedBy(3));
        CosmosAsyncDatabase database = client.getDatabase(properties.database());
        CosmosContainerProperties definition = OrdersContainerDefinition.properties(properties.container());
        var created = tuning.autoscaleMaxRu() == null
                ? database.createContainerIfNotExists(definition)
                : database.createContainerIfNotExists(
                        definition, ThroughputProperties.createAutoscaledThroughput(tuning.autoscaleMaxRu()));
        CosmosContainerProperties actual =
                created.block(tuning.requestTimeout().multipliedBy(3)).getProperties();
        if (actual.getDefaultTimeToLiveInSeconds() == null) {
            log.warn(
                    "Container '{}' has time-to-live off: idempotency claims and deletion marks never expire."
                            + " Apply this service's container policy (docs/OPERATIONS.md, \"Taking over a"
                            + " container\").",
                    properties.container());
        }
        return database.getContainer(properties.container());
    }

    @Bean
    CosmosReachability cosmosReachability(CosmosAsyncContainer ordersContainer, CosmosTimeBudget budget, Clock clock) {
        return new CosmosReachability(ordersContainer, budget, clock, tuning.readinessCacheFor());
    }
}
