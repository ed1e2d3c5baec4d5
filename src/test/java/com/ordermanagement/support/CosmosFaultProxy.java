package com.ordermanagement.support;

import com.sun.net.httpserver.Headers;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>It also evens out the transport gaps of {@code @vercel/cosmosdb-server}: a point read of a missing
 * document crashes it (a 500) unless the request carries the cross-partition header, which makes it
 * answer 404 as Cosmos DB does, so the proxy adds that header to point reads; and the query-plan,
 * range-scoped query and OFFSET/LIMIT gaps of {@link EngineQueryGaps}.
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
        private final java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();

        public Before(Runnable hook) {
            this.hook = hook;
        }

        /** Runs the hook if no request has yet: of two concurrent requests exactly one runs it. */
        void runOnce() {
            if (ran.compareAndSet(false, true)) {
                hook.run();
            }
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
            if (action instanceof Before before) {
                before.runOnce();
            }
            Reply reply = answer(http, method, path, body);
            int status = action instanceof LoseResponse lose ? lose.status() : reply.status();
            if (action instanceof LoseResponse lose) {
                respondWithError(http, new Answer(lose.status(), 0, Duration.ZERO));
            } else {
                send(reply, http);
            }
            exchanges.add(withStatus(seen, status));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the server said, or, where the engine lacks a part of the protocol, what Cosmos DB would. */
    private Reply answer(HttpExchange http, String method, String path, byte[] body)
            throws IOException, InterruptedException {
        Headers headers = http.getRequestHeaders();
        if (isTrue(headers.getFirst(EngineQueryGaps.PLAN_REQUEST_HEADER))) {
            return new Reply(
                    200,
                    Map.of("Content-Type", List.of("application/json"), "x-ms-request-charge", List.of("0")),
                    EngineQueryGaps.passThroughPlan(body));
        }
        boolean query = "POST".equals(method) && isTrue(headers.getFirst("x-ms-documentdb-isquery"))
                || "application/query+json".equals(headers.getFirst("Content-Type"));
        if (!query) {
            return forward(headers, method, path, body, Map.of());
        }
        Optional<EngineQueryGaps.Windowed> windowed = EngineQueryGaps.window(body);
        if (windowed.isEmpty()) {
            return forward(headers, method, path, body, Map.of(EngineQueryGaps.CROSS_PARTITION_HEADER, "True"));
        }
        return window(headers, path, windowed.get());
    }

    /**
     * Gap 3 of {@link EngineQueryGaps}: reads the whole result of the query without its OFFSET/LIMIT
     * (following the engine's own continuations) and answers one page of the window.
     */
    private Reply window(Headers headers, String path, EngineQueryGaps.Windowed windowed)
            throws IOException, InterruptedException {
        List<com.fasterxml.jackson.databind.JsonNode> all = new ArrayList<>();
        Reply last;
        String continuation = null;
        do {
            Map<String, String> extra = new java.util.HashMap<>();
            extra.put(EngineQueryGaps.CROSS_PARTITION_HEADER, "True");
            extra.put(EngineQueryGaps.MAX_ITEM_COUNT_HEADER, "1000");
            extra.put(EngineQueryGaps.CONTINUATION_HEADER, continuation);
            last = forward(headers, "POST", path, windowed.body(), extra);
            if (last.status() != 200) {
                return last;
            }
            all.addAll(EngineQueryGaps.documents(last.body()));
            continuation = last.header(EngineQueryGaps.CONTINUATION_HEADER);
        } while (continuation != null);
        int from = (int) Math.min(all.size(), windowed.offset());
        int to = (int) Math.min(all.size(), windowed.offset() + windowed.limit());
        List<com.fasterxml.jackson.databind.JsonNode> window = all.subList(from, to);
        int start = Math.min(
                window.size(), EngineQueryGaps.positionOf(headers.getFirst(EngineQueryGaps.CONTINUATION_HEADER)));
        String maxItems = headers.getFirst(EngineQueryGaps.MAX_ITEM_COUNT_HEADER);
        int size = maxItems == null || Integer.parseInt(maxItems) <= 0 ? window.size() : Integer.parseInt(maxItems);
        int end = Math.min(window.size(), start + size);
        Map<String, List<String>> replyHeaders = new java.util.HashMap<>(last.headers());
        replyHeaders
                .keySet()
                .removeIf(name -> name.equalsIgnoreCase(EngineQueryGaps.CONTINUATION_HEADER)
                        || name.equalsIgnoreCase("x-ms-item-count"));
        replyHeaders.put("x-ms-item-count", List.of(Integer.toString(end - start)));
        if (end < window.size()) {
            replyHeaders.put(EngineQueryGaps.CONTINUATION_HEADER, List.of(EngineQueryGaps.continuationAt(end)));
        }
        return new Reply(200, replyHeaders, EngineQueryGaps.page(window.subList(start, end)));
    }

    private Reply forward(Headers headers, String method, String path, byte[] body, Map<String, String> extra)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !extra.containsKey(name)) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        extra.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        if ("GET".equals(method) && path.matches(".*/docs/[^/?]+")) {
            request.setHeader(EngineQueryGaps.CROSS_PARTITION_HEADER, "True");
        }
        HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.headers().map(), response.body());
    }

    /** An answer on its way back to the SDK. */
    private record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }

    private static boolean isTrue(String header) {
        return "true".equalsIgnoreCase(header);
    }

    private static void send(Reply reply, HttpExchange http) throws IOException {
        reply.headers().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                http.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = reply.body();
        int status = reply.status();
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
