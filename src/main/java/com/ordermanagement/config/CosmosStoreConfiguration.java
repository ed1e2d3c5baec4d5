package com.ordermanagement.config;

import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosAsyncDatabase;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.ThroughputProperties;
import com.azure.spring.data.cosmos.CosmosFactory;
import com.azure.spring.data.cosmos.config.AbstractCosmosConfiguration;
import com.azure.spring.data.cosmos.config.CosmosConfig;
import com.ordermanagement.analytics.store.cosmos.CosmosAnalyticsQueries;
import com.ordermanagement.cosmos.CosmosReachability;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.order.store.cosmos.CosmosIdempotencyStore;
import com.ordermanagement.order.store.cosmos.CosmosOrderStore;
import com.ordermanagement.order.store.cosmos.ListingTokenSigner;
import com.ordermanagement.order.store.cosmos.NumberReservationSweeper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Active when {@code COSMOS_ENDPOINT} is set. Spring Data Cosmos builds and owns the client (from the
 * builder below) and maps the documents; the adapters talk to the SDK container directly, because
 * every call carries its own time budget and writes must be exact (create, replace-if-match), which
 * Spring Data's repositories (upsert-based save, no per-call options) cannot say. Creates the
 * database and the container, with this service's indexing policy, when they are missing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(CosmosConfigured.class)
public class CosmosStoreConfiguration extends AbstractCosmosConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CosmosStoreConfiguration.class);

    private final CosmosProperties properties;
    private final CosmosTuning tuning;

    public CosmosStoreConfiguration(CosmosProperties properties, CosmosTuning tuning) {
        // StartupSettings validated them before any bean, and so before any connection, existed.
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
    ListingTokenSigner listingTokenSigner() {
        return tuning.continuationTokenSecrets().isEmpty()
                ? ListingTokenSigner.derivedFrom(properties.key())
                : ListingTokenSigner.ofSecrets(tuning.continuationTokenSecrets());
    }

    @Bean
    CosmosReachability cosmosReachability(CosmosAsyncContainer ordersContainer, CosmosTimeBudget budget, Clock clock) {
        return new CosmosReachability(ordersContainer, budget, clock, tuning.readinessCacheFor());
    }

    @Bean
    CosmosOrderStore cosmosOrderStore(
            CosmosAsyncContainer ordersContainer,
            CosmosTimeBudget budget,
            ListingTokenSigner listingTokenSigner,
            CosmosReachability reachability) {
        return new CosmosOrderStore(ordersContainer, budget, listingTokenSigner, reachability);
    }

    @Bean
    CosmosIdempotencyStore cosmosIdempotencyStore(
            CosmosAsyncContainer ordersContainer,
            CosmosTimeBudget budget,
            @Value("${orders.idempotency-key-retention}") Duration retention) {
        return new CosmosIdempotencyStore(ordersContainer, budget, retention);
    }

    @Bean
    NumberReservationSweeper numberReservationSweeper(
            CosmosAsyncContainer ordersContainer, CosmosTimeBudget budget, Clock clock) {
        // Each window is twice the interval: a sweep that starts late still overlaps the previous one.
        return new NumberReservationSweeper(
                ordersContainer,
                budget,
                clock,
                tuning.numberSweepGrace(),
                tuning.numberSweepInterval().multipliedBy(2));
    }

    /** Runs the sweep in the background; a failed sweep is logged and the next one tries again. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService numberReservationSweeps(NumberReservationSweeper sweeper) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "number-reservation-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = tuning.numberSweepInterval().toSeconds();
        if (every > 0) {
            schedule.scheduleWithFixedDelay(
                    () -> {
                        try {
                            sweeper.sweep();
                        } catch (RuntimeException e) {
                            log.warn(
                                    "Sweep of order number reservations failed: {}",
                                    e.getClass().getSimpleName());
                        }
                    },
                    every,
                    every,
                    TimeUnit.SECONDS);
        }
        return schedule;
    }

    @Bean
    CosmosAnalyticsQueries cosmosAnalyticsQueries(
            CosmosAsyncContainer ordersContainer, CosmosTimeBudget budget, MeterRegistry meters) {
        return new CosmosAnalyticsQueries(ordersContainer, budget, meters);
    }
}
