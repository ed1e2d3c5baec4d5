package com.ordermanagement.support;

import com.ordermanagement.OrderManagementApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code @vercel/cosmosdb-server} (the Cosmos wire protocol and SQL engine in Node.js; its transport
 * gaps are evened out by the proxy, {@link EngineQueryGaps}) behind a {@link CosmosFaultProxy}, and the service running against
 * the proxy in gateway mode. The build brings Node.js and the server from the npm registry (the
 * {@code test-tools} execution in {@code pom.xml}); skipped, saying why, only on a platform the
 * registry has no Node.js build for.
 */
public final class CosmosProtocolServer implements AutoCloseable {

    /** cosmosdb-server does not check signatures; any well-formed key will do. */
    public static final String FAKE_KEY = java.util.Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));

    private final Process server;
    private final CosmosFaultProxy proxy;

    private CosmosProtocolServer(Process server, CosmosFaultProxy proxy) {
        this.server = server;
        this.proxy = proxy;
    }

    public static CosmosProtocolServer start() throws Exception {
        Path node = TestTools.path("test-tools.node");
        Path binary = TestTools.path("test-tools.cosmosdb-server");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(
                        node.toString(), binary.toString(), "-p", Integer.toString(port), "--no-ssl")
                .redirectErrorStream(true)
                .start();
        awaitReady(server);
        // The proxy presents a self-signed certificate; this switch is meant for local emulators.
        System.setProperty("COSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED", "true");
        return new CosmosProtocolServer(server, CosmosFaultProxy.start(port));
    }

    public CosmosFaultProxy proxy() {
        return proxy;
    }

    /** The service on Cosmos DB through the proxy, in database {@code database}, with extra settings. */
    public ConfigurableApplicationContext service(String database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--cosmos.endpoint=" + proxy.endpoint(),
                "--cosmos.key=" + FAKE_KEY,
                "--cosmos.connection-mode=gateway",
                "--cosmos.database=" + database,
                "--cosmos.container=Orders",
                "--management.endpoints.web.exposure.include=health,prometheus",
                "--rate-limit.enabled=false",
                "--auth.disabled=true"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(OrderManagementApplication.class).run(arguments.toArray(String[]::new));
    }

    public static Api api(ConfigurableApplicationContext service) {
        return new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @Override
    public void close() {
        proxy.close();
        server.destroy();
        System.clearProperty("COSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED");
    }

    /** Reads the server's output until it says it is listening; no sleeping involved. */
    private static void awaitReady(Process process) throws IOException {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.contains("Ready to accept")) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> {}));
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("cosmosdb-server exited before it was ready");
    }
}
