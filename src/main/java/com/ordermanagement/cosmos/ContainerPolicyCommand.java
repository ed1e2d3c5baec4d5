package com.ordermanagement.cosmos;

import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosContainerProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Brings an existing container (the Python service's, or one created by an older version) to this
 * service's definition: the indexing policy of {@link OrdersContainerDefinition}, and time-to-live
 * switched on (without a default) so that idempotency claims and deletion marks expire. Orders carry
 * no {@code ttl} and are never affected. Cosmos DB rebuilds the index online; queries keep working
 * meanwhile. Run as {@code java -jar order-management-service.jar apply-container-policy} (see
 * docs/OPERATIONS.md).
 */
public final class ContainerPolicyCommand {

    /** The argument that runs this command instead of the service. */
    public static final String ARGUMENT = "apply-container-policy";

    private static final Logger log = LoggerFactory.getLogger(ContainerPolicyCommand.class);

    private ContainerPolicyCommand() {}

    /** Only the Cosmos settings (application.yml, environment, arguments): no web server, no store. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CosmosProperties.class, CosmosTuning.class})
    static class Settings {}

    /** Runs the command; the exit status: 0 done, 2 not configured for Cosmos DB. */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args)) {
            CosmosProperties connection = context.getBean(CosmosProperties.class);
            CosmosTuning tuning = context.getBean(CosmosTuning.class);
            if (!connection.configured()) {
                log.error("{} needs COSMOS_ENDPOINT and COSMOS_KEY", ARGUMENT);
                return 2;
            }
            // The settings were checked as this context started (StartupSettings runs for every SpringApplication).
            try (CosmosAsyncClient client = CosmosClientSettings.of(connection, tuning)
                    .builder(connection, new SimpleMeterRegistry())
                    .buildAsyncClient()) {
                apply(
                        client.getDatabase(connection.database()).getContainer(connection.container()),
                        tuning.requestTimeout().multipliedBy(3));
            }
            return 0;
        }
    }

    /** Applies the definition; returns the properties the container has afterwards. */
    public static CosmosContainerProperties apply(CosmosAsyncContainer container, Duration timeout) {
        CosmosContainerProperties properties = container.read().block(timeout).getProperties();
        properties.setIndexingPolicy(OrdersContainerDefinition.indexingPolicy());
        if (properties.getDefaultTimeToLiveInSeconds() == null) {
            properties.setDefaultTimeToLiveInSeconds(OrdersContainerDefinition.TTL_ON_WITHOUT_DEFAULT);
        }
        CosmosContainerProperties applied =
                container.replace(properties).block(timeout).getProperties();
        log.info(
                "Container '{}' now has this service's indexing policy ({} excluded paths, {} composite indexes)"
                        + " and time-to-live {}",
                applied.getId(),
                OrdersContainerDefinition.EXCLUDED.size(),
                OrdersContainerDefinition.indexingPolicy().getCompositeIndexes().size(),
                applied.getDefaultTimeToLiveInSeconds() == null
                        ? "unknown"
                        : applied.getDefaultTimeToLiveInSeconds() == -1
                                ? "on"
                                : applied.getDefaultTimeToLiveInSeconds() + " s");
        return applied;
    }
}
