package com.ordermanagement.support;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Cosmos engine tier of {@code ./mvnw verify}: one {@code @vercel/cosmosdb-server} (an independent
 * Cosmos SQL engine) behind {@link CosmosFaultProxy} for the whole test run, and the service in Cosmos
 * mode on it ({@link CosmosEngineApiTest}), so that the contract suites written for the embedded store
 * run against the Cosmos adapter here, where no Docker engine (and so no emulator) exists.
 *
 * <p>The proxy evens out what the engine lacks in the transport ({@link EngineQueryGaps}). What it
 * lacks in evaluation cannot be evened out honestly; the tests that need it are skipped on this tier
 * with one of the reasons below, and run in the emulator job of the GitHub workflow. This is the one
 * place they are listed.
 */
public final class CosmosEngineTier {

    /** The engine's parser has no {@code GROUP BY} and no SELECT of several aliased aggregates. */
    public static final String NO_GROUP_BY = "engine tier: @vercel/cosmosdb-server has no GROUP BY or"
            + " multi-aggregate SELECT (the analytics SQL); runs in the emulator job";

    /** The engine has no change feed. */
    public static final String NO_CHANGE_FEED =
            "engine tier: @vercel/cosmosdb-server has no change feed; runs in the emulator job";

    /** The engine's transactional batch keeps earlier operations when a later one fails. */
    public static final String BATCH_NOT_ATOMIC =
            "engine tier: @vercel/cosmosdb-server's transactional batch is not atomic; runs in the emulator job";

    /** The database every engine-tier service context uses. */
    public static final String DATABASE = "EngineTier";

    private static CosmosProtocolServer server;

    private CosmosEngineTier() {}

    /** The run's engine and proxy, started on first use and stopped when the test JVM ends. */
    public static synchronized CosmosProtocolServer server() throws Exception {
        if (server == null) {
            server = CosmosProtocolServer.start();
            CosmosProtocolServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }

    /**
     * Skips the calling test with {@link #NO_GROUP_BY} while the engine refuses a {@code GROUP BY}
     * (its parser answers 400), so that the test runs here by itself once the engine learns it.
     */
    public static void assumeGroupBy(CosmosAsyncContainer container) {
        int status;
        try {
            container
                    .queryItems(
                            "SELECT c.type, COUNT(1) AS documents FROM c GROUP BY c.type",
                            new CosmosQueryRequestOptions(),
                            JsonNode.class)
                    .byPage()
                    .blockFirst();
            status = 200;
        } catch (CosmosException e) {
            status = e.getStatusCode();
        }
        Assumptions.assumeTrue(status != 400, NO_GROUP_BY);
    }

    /** Points a Spring test context at the run's engine (started here if it is not yet). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            CosmosProtocolServer engine;
            try {
                engine = server();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the Cosmos engine tier could not start", e);
            }
            TestPropertyValues.of(
                            "cosmos.endpoint=" + engine.proxy().endpoint(),
                            "cosmos.key=" + CosmosProtocolServer.FAKE_KEY,
                            "cosmos.connection-mode=gateway",
                            "cosmos.database=" + DATABASE,
                            "cosmos.container=Orders",
                            "auth.disabled=true")
                    .applyTo(context);
        }
    }
}
