package com.ordermanagement.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A fault-injecting HTTPS proxy between the Cosmos SDK (gateway mode) and a Cosmos-protocol server,
 * for tests that must show what the service does while Cosmos DB throttles, fails, times out or stops
 * answering. Faults apply to the requests a rule matches (document operations, typically); the
 * account, database and partition-range metadata pass untouched, as they would from a real account
 * that is only throttling data calls. Every request is recorded with the status it got.
 *
 * <p>It also evens out one quirk of {@code @vercel/cosmosdb-server}: a point read of a missing
 * document crashes it (a 500) unless the request carries the cross-partition header, which makes it
 * answer 404 as Cosmos DB does; the proxy adds that header to point reads.
 */
public final class CosmosFaultProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");

    /** What a test sees of one request: its method, path, body and the status it was answered with. */
    public record Exchange(String method, String path, String body, int status) {}

    /** A rule: requests it matches get its action instead of (or before) being forwarded. */
    public record Fault(Predicate<Exchange> matches, Action action) {}

    public sealed interface Action {}

    /** Answer with this status and Cosmos's error body; the server never sees the request. */
    public record Answer(int status, int subStatus, Duration retryAfter) implements Action {}

    /** Forward it, but answer with this status instead of what the server said (the write happened). */
    public record LoseResponse(int status) implements Action {}

    /** Hold the request until released, then forward it: a database that stopped answering. */
    public record Hold(CountDownLatch release) implements Action {}

    /** Run something once before forwarding, e.g. a concurrent change that wins a race. */
    public static final class Before implements Action {
        private final Runnable hook;
        private volatile boolean ran;

        public Before(Runnable hook) {
            this.hook = hook;
        }
    }

    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cosmos-fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient upstream = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI target;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    private CosmosFaultProxy(HttpsServer server, URI target) {
        this.server = server;
        this.target = target;
    }

    /** Starts a proxy on a free local port in front of a plain-HTTP Cosmos-protocol server. */
    public static CosmosFaultProxy start(int upstreamPort) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext()));
        CosmosFaultProxy proxy = new CosmosFaultProxy(server, URI.create("http://127.0.0.1:" + upstreamPort));
        server.createContext("/", proxy::handle);
        server.setExecutor(proxy.threads);
        server.start();
        return proxy;
    }

    /** The endpoint the service is given: the proxy, as {@code localhost} (its certificate's name). */
    public String endpoint() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    public void inject(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** A document operation: create, read, replace, delete or query of an item. */
    public static Predicate<Exchange> documents() {
        return exchange -> exchange.path().contains("/docs");
    }

    /** Creating (POST without a query) a document whose JSON has this {@code type}. */
    public static Predicate<Exchange> creating(String type) {
        return exchange -> "POST".equals(exchange.method())
                && exchange.path().endsWith("/docs")
                && exchange.body().contains("\"type\":\"" + type + "\"");
    }

    /** Sends a request straight to the server, past every fault: a concurrent writer. */
    public int direct(String method, String path, String partitionKeyJson) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target.resolve(path))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("x-ms-documentdb-partitionkey", partitionKeyJson)
                    .header("x-ms-documentdb-query-enablecrosspartition", "True")
                    .header("x-ms-date", "Thu, 01 Jan 2026 00:00:00 GMT")
                    .build();
            return upstream.send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Cosmos-protocol server unreachable", e);
        }
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            byte[] body = http.getRequestBody().readAllBytes();
            String method = http.getRequestMethod();
            String path = http.getRequestURI().getRawPath()
                    + (http.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + http.getRequestURI().getRawQuery());
            Exchange seen = new Exchange(method, path, new String(body, StandardCharsets.UTF_8).replace(" ", ""), 0);
            Action action = faults.stream()
                    .filter(fault -> fault.matches().test(seen))
                    .map(Fault::action)
                    .findFirst()
                    .orElse(null);
            if (action instanceof Answer answer) {
                respondWithError(http, answer);
                exchanges.add(withStatus(seen, answer.status()));
                return;
            }
            if (action instanceof Hold hold) {
                hold.release().await(2, TimeUnit.MINUTES);
            }
            if (action instanceof Before before && !before.ran) {
                before.ran = true;
                before.hook.run();
            }
            HttpResponse<byte[]> response = forward(http, method, path, body);
            int status = action instanceof LoseResponse lose ? lose.status() : response.statusCode();
            if (action instanceof LoseResponse lose) {
                respondWithError(http, new Answer(lose.status(), 0, Duration.ZERO));
            } else {
                copy(response, http);
            }
            exchanges.add(withStatus(seen, status));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange http, String method, String path, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : http.getRequestHeaders().entrySet()) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        if ("GET".equals(method) && path.matches(".*/docs/[^/?]+")) {
            request.setHeader("x-ms-documentdb-query-enablecrosspartition", "True");
        }
        return upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void copy(HttpResponse<byte[]> response, HttpExchange http) throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                http.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        int status = response.statusCode();
        boolean empty = body.length == 0 || status == 204 || status == 304;
        http.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void respondWithError(HttpExchange http, Answer answer) throws IOException {
        byte[] body = ("{\"code\":\"Injected\",\"message\":\"fault injected by the test proxy\"}")
                .getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.getResponseHeaders().set("x-ms-substatus", Integer.toString(answer.subStatus()));
        http.getResponseHeaders()
                .set("x-ms-activity-id", java.util.UUID.randomUUID().toString());
        if (!answer.retryAfter().isZero()) {
            http.getResponseHeaders()
                    .set(
                            "x-ms-retry-after-ms",
                            Long.toString(answer.retryAfter().toMillis()));
        }
        http.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    private static Exchange withStatus(Exchange exchange, int status) {
        return new Exchange(exchange.method(), exchange.path(), exchange.body(), status);
    }

    /** A key pair and certificate for {@code localhost}, made by the JDK's keytool: nothing to download. */
    private static SSLContext selfSignedContext() throws Exception {
        Path directory = Files.createTempDirectory("cosmos-fault-proxy");
        Path store = directory.resolve("proxy.p12");
        char[] password = "proxy-test-only".toCharArray();
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "proxy",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "san=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(password))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
