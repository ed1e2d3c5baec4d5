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
            CosmosDBEmulatorContainer emulator = new CosmosDBEmulatorContainer(
                    DockerImageName.parse("mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator:latest"));
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
