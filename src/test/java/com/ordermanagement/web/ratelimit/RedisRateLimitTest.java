package com.ordermanagement.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ordermanagement.OrderManagementApplication;
import com.ordermanagement.support.Api;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.core.ExecutableProvider;

/**
 * Shared limits through a real {@code redis-server}. The binary comes from the {@code embedded-redis}
 * test dependency (Linux and macOS builds inside the jar), so nothing needs installing; only a
 * platform that jar has no build for skips, saying so.
 */
class RedisRateLimitTest {

    static Process redis;
    static File redisBinary;
    static int redisPort;
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void startRedis() throws IOException {
        redisBinary = redisBinary();
        redisPort = freePort();
        redis = launchRedis(redisPort);
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.destroy();
        }
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesSharingRedisAllowTheLimitOnceBetweenThem() {
        Api first = instance("redis://127.0.0.1:" + redisPort, "5");
        Api second = instance("redis://127.0.0.1:" + redisPort, "5");

        int passed = 0;
        for (int i = 0; i < 10; i++) {
            Api api = i % 2 == 0 ? first : second;
            passed += api.get("/api/v1/orders?page_size=1").status() == 200 ? 1 : 0;
        }

        assertThat(passed).isEqualTo(5);
        assertThat(backendOf(0)).isEqualTo("redis");
        assertThat(first.get("/api/v1/health/ready")
                        .json()
                        .get("components")
                        .get("rateLimiter")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void anUnreachableRedisFallsBackToLocalLimitsWithoutFailingRequests() throws IOException {
        Api api = instance("redis://127.0.0.1:" + freePort(), "3");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(api.get("/api/v1/orders").status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        var readiness = api.get("/api/v1/health/ready");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").get("rateLimiter").asString())
                .isEqualTo("UP");
        assertThat(readiness.body()).as("readiness publishes no configuration").doesNotContain("redis");
        assertThat(backendOf(0)).isEqualTo("local (Redis unreachable)");
    }

    @Test
    void losingRedisWhileRunningKeepsServingOnLocalLimits() throws Exception {
        Process ownRedis = startRedis(freePort());
        Api api = instance("redis://127.0.0.1:" + ownRedisPort, "50");
        assertThat(api.get("/api/v1/orders").status()).isEqualTo(200);

        ownRedis.destroy();
        ownRedis.waitFor();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(api.get("/api/v1/orders").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(api.get("/api/v1/health/ready").status()).isEqualTo(200);
        assertThat(backendOf(0)).isEqualTo("local (Redis unreachable)");
    }

    @Test
    void stoppingAnInstanceClosesItsRedisConnection() throws Exception {
        Process ownRedis = startRedis(freePort());
        try {
            Api api = instance("redis://127.0.0.1:" + ownRedisPort, "50");
            assertThat(api.get("/api/v1/orders").status()).isEqualTo(200);
            assertThat(connectedClients(ownRedisPort))
                    .as("the instance's connection and this test's")
                    .isEqualTo(2);

            instances.remove(0).close();

            await().atMost(Duration.ofSeconds(10)).until(() -> connectedClients(ownRedisPort) == 1);
        } finally {
            ownRedis.destroy();
        }
    }

    /** {@code connected_clients} of redis-server's INFO, asked over a connection of its own. */
    private static int connectedClients(int port) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("INFO clients\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader reply =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            while ((line = reply.readLine()) != null) {
                if (line.startsWith("connected_clients:")) {
                    return Integer.parseInt(
                            line.substring("connected_clients:".length()).trim());
                }
            }
            throw new IllegalStateException("redis-server sent no connected_clients");
        }
    }

    int ownRedisPort;

    private Process startRedis(int port) throws IOException {
        ownRedisPort = port;
        return launchRedis(port);
    }

    /** Starts redis-server on a port and returns once it says it accepts connections; no sleeping. */
    private static Process launchRedis(int port) throws IOException {
        Process process = new ProcessBuilder(
                        redisBinary.getAbsolutePath(),
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.contains("Ready to accept connections")) {
            // Reading until redis says it listens.
        }
        Assumptions.assumeTrue(line != null, "redis-server did not start");
        Thread drain = new Thread(() -> {
            try {
                output.transferTo(java.io.Writer.nullWriter());
            } catch (IOException stoppedByTheTest) {
                // The test stopped this server on purpose; its output ends here.
            }
        });
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    /** Where the buckets of the {@code index}-th instance live now, as its rate-limit health reports it. */
    private String backendOf(int index) {
        return instances.get(index).getBean(ClientBuckets.class).backend();
    }

    private Api instance(String redisUrl, String limit) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderManagementApplication.class)
                .run(
                        "--server.port=0",
                        "--rate-limit.redis-url=" + redisUrl,
                        "--rate-limit.requests-per-minute=" + limit,
                        "--rate-limit.redis-timeout=300ms");
        instances.add(context);
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The redis-server build for this platform, unpacked from the embedded-redis jar. */
    private static File redisBinary() {
        try {
            File binary = ExecutableProvider.newJarResourceProvider().get();
            binary.setExecutable(true);
            return binary;
        } catch (IOException | RuntimeException noBuildForThisPlatform) {
            Assumptions.abort("embedded-redis has no redis-server for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
            return null;
        }
    }
}
