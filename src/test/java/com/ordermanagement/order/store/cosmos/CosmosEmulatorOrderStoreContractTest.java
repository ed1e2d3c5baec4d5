package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.OrderManagementApplication;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.OrderStoreContract;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.CosmosDBEmulatorContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The store contract against the Azure Cosmos DB emulator. Needs a Docker engine: skipped where there
 * is none (our build machines), run by the GitHub Actions workflow.
 */
@Testcontainers(disabledWithoutDocker = true)
class CosmosEmulatorOrderStoreContractTest extends OrderStoreContract {

    @Container
    static final CosmosDBEmulatorContainer EMULATOR = new CosmosDBEmulatorContainer(
            DockerImageName.parse("mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator:latest"));

    static ConfigurableApplicationContext context;

    @BeforeAll
    static void startService() throws Exception {
        // The service trusts the emulator's own certificate instead of switching TLS checks off.
        Path keyStoreFile = Files.createTempFile("cosmos-emulator", ".p12");
        KeyStore keyStore = EMULATOR.buildNewKeyStore();
        try (OutputStream out = Files.newOutputStream(keyStoreFile)) {
            keyStore.store(out, EMULATOR.getEmulatorKey().toCharArray());
        }
        System.setProperty("javax.net.ssl.trustStore", keyStoreFile.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", EMULATOR.getEmulatorKey());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        context = new SpringApplicationBuilder(OrderManagementApplication.class)
                .run(
                        "--server.port=0",
                        "--cosmos.endpoint=" + EMULATOR.getEmulatorEndpoint(),
                        "--cosmos.key=" + EMULATOR.getEmulatorKey(),
                        "--cosmos.connection-mode=gateway",
                        "--cosmos.database=ContractTest");
    }

    @AfterAll
    static void stopService() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    protected OrderStore store() {
        return context.getBean(OrderStore.class);
    }
}
