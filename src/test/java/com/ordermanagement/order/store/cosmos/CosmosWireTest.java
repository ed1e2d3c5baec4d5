package com.ordermanagement.order.store.cosmos;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.cosmos.CosmosAsyncClient;
import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosAsyncDatabase;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.ExcludedPath;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ordermanagement.cosmos.ContainerPolicyCommand;
import com.ordermanagement.support.Api;
import com.ordermanagement.support.CosmosFaultProxy;
import com.ordermanagement.support.CosmosProtocolServer;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Cosmos adapter's point operations over the real Cosmos wire protocol, against
 * {@code @vercel/cosmosdb-server} behind the test proxy ({@link CosmosProtocolServer}), each test
 * looking at the stored documents themselves; the contract suites run on the same engine through
 * {@link com.ordermanagement.support.CosmosEngineTier}.
 */
class CosmosWireTest {

    static CosmosProtocolServer cosmos;
    static ConfigurableApplicationContext context;
    static Api api;
    static CosmosAsyncContainer container;

    String customer;

    @BeforeAll
    static void startCosmosProtocolServerAndService() throws Exception {
        cosmos = CosmosProtocolServer.start();
        context = cosmos.service("WireTest");
        api = CosmosProtocolServer.api(context);
        container =
                context.getBean(CosmosAsyncClient.class).getDatabase("WireTest").getContainer("Orders");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        if (cosmos != null) {
            cosmos.close();
        }
    }

    @BeforeEach
    void newCustomer() {
        customer = "wire-" + UUID.randomUUID();
    }

    @Test
    void createReadReplaceCancelAndDeleteOverTheWire() {
        Api.Response created = api.post("/api/v1/orders", order(customer, 2, "29.99", "\"tax_amount\": 5.99"));
        String id = created.json().get("id").asString();
        String path = "/api/v1/orders/" + id + "?customer_id=" + customer;

        Api.Response read = api.get(path);
        Api.Response byNumber = api.get(
                "/api/v1/orders/number/" + created.json().get("order_number").asString());
        Api.Response stale = api.put(path, "{\"notes\": \"late\"}", "If-Match", "\"not-the-etag\"");
        Api.Response updated = api.put(path, "{\"status\": \"confirmed\"}", "If-Match", read.header("ETag"));
        Api.Response cancelled = api.post("/api/v1/orders/" + id + "/cancel?customer_id=" + customer, null);
        Api.Response cancelledAgain = api.post("/api/v1/orders/" + id + "/cancel?customer_id=" + customer, null);
        Api.Response deleted = api.delete(path);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("total_amount").decimalValue()).isEqualByComparingTo("65.97");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(byNumber.json().get("id").asString()).isEqualTo(id);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(cancelled.json().get("order").get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelledAgain.status()).as("cancelling is idempotent").isEqualTo(200);
        assertThat(cancelledAgain.json().get("order"))
                .isEqualTo(cancelled.json().get("order"));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("order_id").asString()).isEqualTo(id);
    }

    @Test
    void storedDocumentsUseThePythonServiceLayoutAndANumberReservation() {
        Api.Response created = api.post("/api/v1/orders", order(customer, 1, "10.00"));
        String id = created.json().get("id").asString();
        String number = created.json().get("order_number").asString();

        JsonNode document = readRaw(id, customer);
        JsonNode reservation = readRaw(number, OrderNumberDocument.partitionOf(number));

        assertThat(document.get("partitionKey").asText()).isEqualTo(customer);
        assertThat(document.get("type").asText()).isEqualTo("order");
        assertThat(document.get("customer_id").asText()).isEqualTo(customer);
        assertThat(document.get("total_amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(document.get("billing_address").get("postal_code").asText()).isEqualTo("98101");
        assertThat(reservation.get("type").asText()).isEqualTo("order_number");
        assertThat(reservation.get("order_id").asText()).isEqualTo(id);
    }

    @Test
    void anOrderWrittenByThePythonServiceIsReadAndUpdatedWithoutLosingItsFields() throws IOException {
        String pythonOrder = """
                {"id": "order_789", "partitionKey": "%s", "type": "order", "order_number": "ORD-20260121-ABC123",
                 "customer_id": "%s", "customer_email": "customer@example.com", "status": "pending",
                 "items": [{"product_id": "prod_123", "product_name": "Premium Widget", "quantity": 2,
                            "unit_price": 29.99, "total_price": 59.98}],
                 "subtotal": 59.98, "tax_amount": 5.99, "shipping_amount": 9.99, "discount_amount": 0.0,
                 "total_amount": 75.96, "currency": "USD",
                 "billing_address": {"street": "123 Main St", "city": "Seattle", "state": "WA",
                                     "postal_code": "98101", "country": "US"},
                 "payment_info": {"method": "credit_card", "status": "pending", "last_four_digits": "1234"},
                 "created_at": "2026-01-21T10:00:00", "updated_at": null, "loyalty_tier": "gold"}
                """.formatted(customer, customer);
        container
                .createItem(
                        new ObjectMapper().readTree(pythonOrder),
                        new PartitionKey(customer),
                        new CosmosItemRequestOptions())
                .block();
        String path = "/api/v1/orders/order_789?customer_id=" + customer;

        Api.Response read = api.get(path);
        Api.Response byNumber = api.get("/api/v1/orders/number/ORD-20260121-ABC123");
        Api.Response updated = api.put(path, "{\"notes\": \"taken over\"}");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("total_amount").decimalValue()).isEqualByComparingTo("75.96");
        assertThat(read.json().get("created_at").asString()).isEqualTo("2026-01-21T10:00:00Z");
        assertThat(byNumber.json().get("id").asString())
                .as("a number without a reservation document is found by the cross-partition query")
                .isEqualTo("order_789");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(readRaw("order_789", customer).get("loyalty_tier").asText()).isEqualTo("gold");
        assertThat(readRaw("order_789", customer).get("notes").asText()).isEqualTo("taken over");
    }

    @Test
    void anIdempotentRepeatReturnsTheFirstOrder() {
        String key = "wire-" + UUID.randomUUID();
        Api.Response first = api.post("/api/v1/orders", order(customer, 1, "1.00"), "Idempotency-Key", key);
        Api.Response repeat = api.post("/api/v1/orders", order(customer, 1, "1.00"), "Idempotency-Key", key);

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void requestUnitsAndLatencyPerOperationReachPrometheus() {
        api.post("/api/v1/orders", order(customer, 1, "1.00"));

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).contains("cosmos_client_op_RUs").contains("cosmos_client_op_latency");
    }

    @Test
    void readinessReportsTheCosmosStore() {
        Api.Response ready = api.get("/api/v1/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("database").asString()).isEqualTo("connected");
        assertThat(ready.json().get("components").get("orderStore").asString()).isEqualTo("UP");
        assertThat(context.getBean(com.ordermanagement.order.store.OrderStore.class)
                        .kind())
                .isEqualTo("cosmos");
    }

    @Test
    void aMissingOrderIs404() {
        // (A number without a reservation falls back to a cross-partition query: emulator suite only.)
        Api.Response byId = api.get("/api/v1/orders/no-such-order?customer_id=" + customer);

        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.json().get("type").asString()).endsWith("/problems/order-not-found");
    }

    @Test
    void anOrderDeletedWhileAnUpdateIsUnderWayStaysDeleted() {
        Api.Response created = api.post("/api/v1/orders", order(customer, 1, "10.00"));
        String id = created.json().get("id").asString();
        String document = "/dbs/WireTest/colls/Orders/docs/" + id;
        // The update has read the order; its write is on the wire when another request deletes it.
        cosmos.proxy()
                .inject(new CosmosFaultProxy.Fault(
                        exchange -> "PUT".equals(exchange.method())
                                && exchange.path().equals(document),
                        new CosmosFaultProxy.Before(
                                () -> cosmos.proxy().direct("DELETE", document, "[\"" + customer + "\"]"))));

        Api.Response updated = api.put("/api/v1/orders/" + id + "?customer_id=" + customer, "{\"notes\": \"late\"}");

        cosmos.proxy().clearFaults();
        assertThat(updated.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + id + "?customer_id=" + customer).status())
                .as("the update did not bring the order back")
                .isEqualTo(404);
    }

    @Test
    void everyCallGoesToTheConfiguredEndpointNotToTheAddressTheAccountAdvertises() {
        // cosmosdb-server advertises its own address; with discovery on, the SDK would go there directly.
        int before = cosmos.proxy().exchanges().size();

        Api.Response created = api.post("/api/v1/orders", order(customer, 1, "10.00"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(cosmos.proxy()
                        .exchanges()
                        .subList(before, cosmos.proxy().exchanges().size()))
                .anySatisfy(exchange -> assertThat(exchange.path()).endsWith("/docs"));
    }

    @Test
    void theContainerPolicyCommandBringsAnExistingContainerToThisServicesDefinition() {
        CosmosAsyncDatabase database = context.getBean(CosmosAsyncClient.class).getDatabase("WireTest");
        // A container as the Python service created it: default indexing, time-to-live off.
        database.createContainerIfNotExists("Legacy", "/partitionKey").block();

        int exit = ContainerPolicyCommand.run(
                "apply-container-policy",
                "--cosmos.endpoint=" + cosmos.proxy().endpoint(),
                "--cosmos.key=" + CosmosProtocolServer.FAKE_KEY,
                "--cosmos.connection-mode=gateway",
                "--cosmos.database=WireTest",
                "--cosmos.container=Legacy");

        CosmosContainerProperties legacy =
                database.getContainer("Legacy").read().block().getProperties();
        assertThat(exit).isZero();
        assertThat(legacy.getDefaultTimeToLiveInSeconds()).isEqualTo(-1);
        assertThat(legacy.getIndexingPolicy().getExcludedPaths())
                .extracting(ExcludedPath::getPath)
                .contains("/items/*", "/payment_info/*", "/notes/?");
        assertThat(legacy.getIndexingPolicy().getCompositeIndexes()).hasSize(3);
    }

    @Test
    void aContainerThisServiceCreatesHasItsIndexingPolicyAndTimeToLive() {
        CosmosContainerProperties orders = container.read().block().getProperties();

        assertThat(orders.getDefaultTimeToLiveInSeconds()).isEqualTo(-1);
        assertThat(orders.getIndexingPolicy().getExcludedPaths())
                .extracting(ExcludedPath::getPath)
                .contains("/items/*", "/billing_address/*", "/shipping_address/*");
    }

    private static JsonNode readRaw(String id, String partition) {
        return container
                .readItem(id, new PartitionKey(partition), JsonNode.class)
                .block()
                .getItem();
    }
}
