package com.ordermanagement.support;

import com.ordermanagement.OrderManagementApplication;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.CosmosDBEmulatorContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One Azure Cosmos DB emulator and one service context on it, shared by every emulator test of the
 * run (the emulator takes minutes to start). Only used where a Docker engine exists.
 */
public final class CosmosEmulator {

    private static ConfigurableApplicationContext context;

    private CosmosEmulator() {}

    public static synchronized ConfigurableApplicationContext service() throws Exception {
        if (context == null) {
            // The Linux emulator Testcontainers supports (HTTPS, key and certificate it hands out); few
            // partitions start faster, and it needs minutes on a CI runner rather than the default 2.
            CosmosDBEmulatorContainer emulator = new CosmosDBEmulatorContainer(
                            DockerImageName.parse("mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator:latest"))
                    .withEnv("AZURE_COSMOS_EMULATOR_PARTITION_COUNT", "3")
                    .withEnv("AZURE_COSMOS_EMULATOR_ENABLE_DATA_PERSISTENCE", "false")
                    .withStartupTimeout(java.time.Duration.ofMinutes(6));
            emulator.start();
            // The service trusts the emulator's own certificate instead of switching TLS checks off.
            Path keyStoreFile = Files.createTempFile("cosmos-emulator", ".p12");
            KeyStore keyStore = emulator.buildNewKeyStore();
            try (OutputStream out = Files.newOutputStream(keyStoreFile)) {
                keyStore.store(out, emulator.getEmulatorKey().toCharArray());
            }
            System.setProperty("javax.net.ssl.trustStore", keyStoreFile.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", emulator.getEmulatorKey());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            context = new SpringApplicationBuilder(OrderManagementApplication.class)
                    .run(
                            "--server.port=0",
                            "--cosmos.endpoint=" + emulator.getEmulatorEndpoint(),
                            "--cosmos.key=" + emulator.getEmulatorKey(),
                            "--cosmos.connection-mode=gateway",
                            // The emulator advertises an address of its own inside the container.
                            "--cosmos.tuning.endpoint-discovery=false",
                            "--cosmos.database=ContractTest",
                            "--auth.disabled=true");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                emulator.stop();
            }));
        }
        return context;
    }
}
