package com.ordermanagement.config;

import com.azure.cosmos.CosmosAsyncContainer;
import com.ordermanagement.analytics.store.cosmos.CosmosAnalyticsQueries;
import com.ordermanagement.cosmos.CosmosConfigured;
import com.ordermanagement.cosmos.CosmosProperties;
import com.ordermanagement.cosmos.CosmosReachability;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.cosmos.CosmosTuning;
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
 * The Cosmos adapters of both features on the shared orders container ({@link
 * com.ordermanagement.cosmos.CosmosClientConfiguration}), active when {@code COSMOS_ENDPOINT} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(CosmosConfigured.class)
public class CosmosStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CosmosStoreConfiguration.class);

    private final CosmosProperties properties;
    private final CosmosTuning tuning;

    public CosmosStoreConfiguration(CosmosProperties properties, CosmosTuning tuning) {
        this.properties = properties;
        this.tuning = tuning;
    }

    @Bean
    ListingTokenSigner listingTokenSigner() {
        return tuning.continuationTokenSecrets().isEmpty()
                ? ListingTokenSigner.derivedFrom(properties.key())
                : ListingTokenSigner.ofSecrets(tuning.continuationTokenSecrets());
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
