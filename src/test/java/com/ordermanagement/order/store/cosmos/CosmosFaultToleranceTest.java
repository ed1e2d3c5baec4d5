package com.ordermanagement.order.store.cosmos;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.SlowOperationLog;
import com.ordermanagement.support.Api;
import com.ordermanagement.support.CosmosFaultProxy;
import com.ordermanagement.support.CosmosFaultProxy.Answer;
import com.ordermanagement.support.CosmosFaultProxy.Fault;
import com.ordermanagement.support.CosmosFaultProxy.Hold;
import com.ordermanagement.support.CosmosFaultProxy.LoseResponse;
import com.ordermanagement.support.CosmosProtocolServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What clients see while Cosmos DB misbehaves, with faults injected between the SDK and a
 * Cosmos-protocol server: answers within the request budget (2 s here, 8 s by default), 503 with
 * Retry-After rather than a 500 or a hang, readiness that reports the outage and recovers, and after
 * the fault clears neither a lost nor a duplicated order.
 */
class CosmosFaultToleranceTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    /** Time beyond the budget for everything that is not Cosmos: HTTP, JSON, the test's own client. */
    private static final Duration MARGIN = Duration.ofMillis(1500);

    static CosmosProtocolServer cosmos;
    static ConfigurableApplicationContext service;
    static Api api;
    static CosmosAsyncContainer container;

    String customer;

    @BeforeAll
    static void start() throws Exception {
        cosmos = CosmosProtocolServer.start();
        service = cosmos.service(
                "FaultTest",
                "--cosmos.tuning.request-timeout=" + BUDGET.toMillis() + "ms",
                "--cosmos.tuning.throttling-max-retry-wait=1s",
                "--cosmos.tuning.readiness-cache-for=0s",
                "--cosmos.tuning.slow-point-operation=1ms",
                "--cosmos.tuning.number-sweep-interval=0s");
        api = CosmosProtocolServer.api(service);
        container = service.getBean(CosmosAsyncClient.class)
                .getDatabase("FaultTest")
                .getContainer("Orders");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (cosmos != null) {
            cosmos.close();
        }
    }

    @BeforeEach
    void newCustomer() {
        customer = "fault-" + UUID.randomUUID();
    }

    @AfterEach
    void faultsClear() {
        cosmos.proxy().clearFaults();
    }

    @Test
    void aDatabaseThatStopsAnsweringGets503WithRetryAfterWithinTheBudgetAndReadinessFollows() throws Exception {
        String path = orderPath(api.post("/api/v1/orders", order(customer, 1, "10.00")));
        CountDownLatch release = new CountDownLatch(1);
        cosmos.proxy().inject(new Fault(CosmosFaultProxy.documents(), new Hold(release)));
        List<Timed> answers;
        Api.Response readyDuringOutage;
        try {
            answers = concurrently(
                    () -> api.get(path),
                    () -> api.get(path),
                    () -> api.get("/api/v1/orders/number/ORD-20260101-0000ABCD"),
                    () -> api.post("/api/v1/orders", order(customer, 1, "1.00")),
                    () -> api.post("/api/v1/orders", order(customer, 1, "2.00"), "Idempotency-Key", "k-" + customer),
                    () -> api.put(path, "{\"notes\": \"during the outage\"}"));
            readyDuringOutage = api.get("/api/v1/health/ready");
        } finally {
            cosmos.proxy().clearFaults();
            release.countDown();
        }
        Api.Response readyAfter = api.get("/api/v1/health/ready");

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.response().status()).isEqualTo(503);
            assertThat(answer.response().header("Retry-After")).isNotBlank();
            assertThat(answer.response().body()).doesNotContain("Exception");
            assertThat(answer.took()).isLessThan(BUDGET.plus(MARGIN));
        });
        assertThat(readyDuringOutage.status()).isEqualTo(503);
        assertThat(readyDuringOutage.json().get("status").asString()).isEqualTo("not_ready");
        assertThat(readyAfter.status()).isEqualTo(200);
    }

    @Test
    void throttlingStormsServerErrorsAndTimeoutsAre503WithRetryAfter() throws Exception {
        String path = orderPath(api.post("/api/v1/orders", order(customer, 1, "10.00")));
        List<Answer> faults = List.of(
                new Answer(429, 3200, Duration.ofMillis(100)),
                new Answer(503, 0, Duration.ZERO),
                new Answer(410, 1002, Duration.ZERO),
                new Answer(408, 0, Duration.ZERO));
        for (Answer fault : faults) {
            cosmos.proxy().inject(new Fault(CosmosFaultProxy.documents(), fault));
            Timed read = timed(() -> api.get(path));
            Timed create = timed(() -> api.post("/api/v1/orders", order(customer, 1, "1.00")));
            cosmos.proxy().clearFaults();

            for (Timed answer : List.of(read, create)) {
                assertThat(answer.response().status())
                        .as("Cosmos answering " + fault)
                        .isEqualTo(503);
                assertThat(answer.response().header("Retry-After")).isNotBlank();
                assertThat(answer.took()).isLessThan(BUDGET.plus(MARGIN));
            }
        }
        assertThat(api.get(path).status()).as("after the storm").isEqualTo(200);
    }

    @Test
    void aCreateWhoseOrderWriteFailedIsFinishedByItsRetryAndTheFirstNumberIsFreedBySweep() {
        String key = "retry-" + customer;
        cosmos.proxy().inject(new Fault(CosmosFaultProxy.creating("order"), new Answer(503, 0, Duration.ZERO)));
        Api.Response failed = api.post("/api/v1/orders", order(customer, 1, "10.00"), "Idempotency-Key", key);
        cosmos.proxy().clearFaults();

        Api.Response retried = api.post("/api/v1/orders", order(customer, 1, "10.00"), "Idempotency-Key", key);
        Api.Response replayed = api.post("/api/v1/orders", order(customer, 1, "10.00"), "Idempotency-Key", key);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(replayed.json()).isEqualTo(retried.json());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedOrders()).as("orders written for the customer").hasSize(1);
        List<String> reserved = reservedNumbers();
        assertThat(reserved)
                .hasSize(2)
                .contains(retried.json().get("order_number").asString());

        int freed = service.getBean(NumberReservationSweeper.class)
                .collect(reserved.stream()
                        .map(CosmosFaultToleranceTest::reservation)
                        .toList());

        assertThat(freed).isEqualTo(1);
        assertThat(api.get("/api/v1/orders/number/"
                                + retried.json().get("order_number").asString())
                        .status())
                .isEqualTo(200);
        assertThat(reserved.stream().filter(number -> readRaw(number, OrderNumberDocument.partitionOf(number)) != null))
                .containsExactly(retried.json().get("order_number").asString());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsReplayedByItsRetryNotDuplicated() {
        String key = "lost-" + customer;
        cosmos.proxy().inject(new Fault(CosmosFaultProxy.creating("order"), new LoseResponse(503)));
        Api.Response lost = api.post("/api/v1/orders", order(customer, 1, "10.00"), "Idempotency-Key", key);
        cosmos.proxy().clearFaults();

        Api.Response retried = api.post("/api/v1/orders", order(customer, 1, "10.00"), "Idempotency-Key", key);

        assertThat(lost.status()).isEqualTo(503);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedOrders()).hasSize(1);
        assertThat(api.get("/api/v1/orders/number/"
                                + retried.json().get("order_number").asString())
                        .status())
                .as("the number stayed reserved for the order that was written")
                .isEqualTo(200);
    }

    @Test
    void slowOperationsAreLoggedWithTheirDiagnosticsAndWithoutTheKey() throws Exception {
        CountDownLatch logged = new CountDownLatch(1);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(event.getFormattedMessage());
                logged.countDown();
            }
        };
        Logger logger = (Logger) LoggerFactory.getLogger(SlowOperationLog.class);
        appender.start();
        logger.addAppender(appender);
        try {
            api.post("/api/v1/orders", order(customer, 1, "10.00"));

            assertThat(logged.await(10, TimeUnit.SECONDS))
                    .as("a slow operation was logged")
                    .isTrue();
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(lines.get(0)).startsWith("Cosmos DB ").contains("diagnostics: {");
        assertThat(String.join("\n", lines)).doesNotContain(CosmosProtocolServer.FAKE_KEY);
    }

    /** The orders of this test's customer that exist: every order document any create sent, read back. */
    private List<String> storedOrders() {
        return cosmos.proxy().exchanges().stream()
                .filter(exchange -> CosmosFaultProxy.creating("order").test(exchange))
                .filter(exchange -> exchange.body().contains(customer))
                .map(exchange -> exchange.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
                .distinct()
                .filter(id -> readRaw(id, customer) != null)
                .toList();
    }

    private List<String> reservedNumbers() {
        return cosmos.proxy().exchanges().stream()
                .filter(exchange -> CosmosFaultProxy.creating("order_number").test(exchange))
                .filter(exchange -> exchange.body().contains(customer) && exchange.status() == 201)
                .map(exchange -> exchange.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private static JsonNode reservation(String number) {
        return readRaw(number, OrderNumberDocument.partitionOf(number));
    }

    private static JsonNode readRaw(String id, String partition) {
        try {
            return container
                    .readItem(id, new PartitionKey(partition), JsonNode.class)
                    .block()
                    .getItem();
        } catch (com.azure.cosmos.CosmosException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static String orderPath(Api.Response created) {
        assertThat(created.status()).isEqualTo(201);
        return "/api/v1/orders/" + created.json().get("id").asString() + "?customer_id="
                + created.json().get("customer_id").asString();
    }

    record Timed(Api.Response response, Duration took) {}

    private static Timed timed(java.util.function.Supplier<Api.Response> call) {
        long started = System.nanoTime();
        Api.Response response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    @SafeVarargs
    private static List<Timed> concurrently(java.util.function.Supplier<Api.Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Timed>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> timed(call)));
            }
            List<Timed> results = new ArrayList<>();
            for (Future<Timed> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
