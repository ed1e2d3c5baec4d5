package com.ordermanagement.order.api;

import static com.ordermanagement.support.Orders.REFERENCE_EXAMPLE;
import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@ApiTest
class OrderLifecycleApiTest extends HttpApiTest {

    String customer;

    @BeforeEach
    void setUp() {
        customer = "cust-" + UUID.randomUUID();
    }

    @Test
    void createComputesTheReferenceExampleTotalsAndAnswersWithLocationAndEtag() {
        Api.Response created = api.post("/api/v1/orders/", REFERENCE_EXAMPLE);

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("items").get(0).get("total_price").decimalValue()).isEqualByComparingTo("59.98");
        assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("59.98");
        assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("75.96");
        assertThat(order.get("discount_amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("payment_info").get("status").asString()).isEqualTo("pending");
        assertThat(order.get("currency").asString()).isEqualTo("USD");
        assertThat(order.get("source").asString()).isEqualTo("api");
        assertThat(order.get("order_number").asString()).matches("ORD-\\d{8}-[0-9A-F]{8}");
        assertThat(order.get("created_at").asString()).endsWith("Z");
        assertThat(order.get("updated_at").isNull()).isTrue();
        assertThat(created.header("Location"))
                .endsWith("/api/v1/orders/" + order.get("id").asString() + "?customer_id=cust_123");
        assertThat(created.header("ETag")).isNotBlank();
        assertThat(created.contentType()).startsWith("application/json");
    }

    @Test
    void anOrderCanBeReadWithOrWithoutItsCustomerAndByItsNumber() {
        JsonNode order = create(order(customer, 3, "10.00"));
        String id = order.get("id").asString();

        Api.Response pointRead = api.get("/api/v1/orders/" + id + "?customer_id=" + customer);
        Api.Response search = api.get("/api/v1/orders/" + id);
        Api.Response byNumber =
                api.get("/api/v1/orders/number/" + order.get("order_number").asString());

        assertThat(pointRead.status()).isEqualTo(200);
        assertThat(pointRead.json()).isEqualTo(order);
        assertThat(pointRead.header("ETag")).isNotBlank();
        assertThat(search.json()).isEqualTo(order);
        assertThat(byNumber.json()).isEqualTo(order);
    }

    @Test
    void unknownOrdersAreNotFoundProblems() {
        Api.Response byId = api.get("/api/v1/orders/no-such-order?customer_id=" + customer);
        Api.Response byNumber = api.get("/api/v1/orders/number/ORD-20260101-ZZZZZZ");
        Api.Response malformedNumber = api.get("/api/v1/orders/number/not-a-number");
        Api.Response otherCustomer = api.get("/api/v1/orders/"
                + create(order(customer, 1, "1.00")).get("id").asString() + "?customer_id=someone-else");

        for (Api.Response response : new Api.Response[] {byId, byNumber, malformedNumber, otherCustomer}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/order-not-found");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
            assertThat(response.json().get("instance").asString()).startsWith("/api/v1/orders/");
        }
        assertThat(byId.json().get("detail").asString()).doesNotContain("no-such-order");
    }

    @Test
    void updateChangesContactDetailsAndPaymentAndStampsUpdatedAt() {
        JsonNode order = create(order(customer, 1, "5.00"));
        String path = orderPath(order);

        Api.Response updated = api.put(path, """
                {"customer_email": "new@example.com", "notes": "Ring twice",
                 "shipping_address": {"street": "2 Side St", "city": "Austin", "state": "TX", "postal_code": "73301"},
                 "payment_info": {"status": "authorized", "transaction_id": "txn-1"}}
                """);

        assertThat(updated.status()).isEqualTo(200);
        JsonNode body = updated.json();
        assertThat(body.get("customer_email").asString()).isEqualTo("new@example.com");
        assertThat(body.get("notes").asString()).isEqualTo("Ring twice");
        assertThat(body.get("shipping_address").get("country").asString()).isEqualTo("US");
        assertThat(body.get("payment_info").get("status").asString()).isEqualTo("authorized");
        assertThat(body.get("payment_info").get("method").asString()).isEqualTo("paypal");
        assertThat(body.get("payment_info").get("transaction_id").asString()).isEqualTo("txn-1");
        assertThat(body.get("updated_at").isNull()).isFalse();
        assertThat(api.get(path).header("ETag")).isEqualTo(updated.header("ETag"));
        assertThat(api.get(path).json()).isEqualTo(body);
    }

    @Test
    void itemsAndAmountsChangeWhilePendingWithTotalsRecomputed() {
        JsonNode order = create(order(customer, 1, "5.00"));

        Api.Response updated = api.put(orderPath(order), """
                {"items": [{"product_id": "a", "product_name": "A", "quantity": 3, "unit_price": 0.10},
                           {"product_id": "b", "product_name": "B", "quantity": 1, "unit_price": 0.20}],
                 "tax_amount": 0.05, "shipping_amount": 1.00, "discount_amount": 0.15}
                """);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("items").get(0).get("total_price").decimalValue())
                .isEqualByComparingTo("0.30");
        assertThat(updated.json().get("subtotal").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(updated.json().get("total_amount").decimalValue()).isEqualByComparingTo("1.40");
    }

    @Test
    void itemsCannotChangeOnceConfirmed() {
        JsonNode order = create(order(customer, 1, "5.00"));
        api.put(orderPath(order), "{\"status\": \"confirmed\"}");

        Api.Response refused = api.put(orderPath(order), "{\"tax_amount\": 1.00}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/order-state-conflict");
        assertThat(api.get(orderPath(order)).json().get("tax_amount").decimalValue())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void statusMovesAlongTheFlowOnly() {
        JsonNode order = create(order(customer, 1, "5.00"));
        String path = orderPath(order);

        assertThat(api.put(path, "{\"status\": \"shipped\"}").status()).isEqualTo(409);
        for (String next : new String[] {"confirmed", "processing", "shipped", "delivered", "refunded"}) {
            Api.Response moved = api.put(path, "{\"status\": \"" + next + "\"}");
            assertThat(moved.status()).as(next).isEqualTo(200);
            assertThat(moved.json().get("status").asString()).isEqualTo(next);
        }
        assertThat(api.put(path, "{\"status\": \"pending\"}").status()).isEqualTo(409);
        assertThat(api.put(path, "{\"status\": \"cancelled\"}").status())
                .as("refunded orders cannot be cancelled")
                .isEqualTo(409);
    }

    @Test
    void serverOwnedFieldsAreIgnoredOnUpdateAsPydanticIgnoredThem() {
        JsonNode order = create(order(customer, 1, "5.00"));

        for (String field : new String[] {
            "\"total_amount\": 1",
            "\"subtotal\": 1",
            "\"id\": \"x\"",
            "\"order_number\": \"ORD-20260101-AAAAAA\"",
            "\"customer_id\": \"other\"",
            "\"created_at\": \"2026-01-01T00:00:00Z\"",
            "\"updated_at\": null"
        }) {
            Api.Response ignored = api.put(orderPath(order), "{" + field + "}");
            assertThat(ignored.status()).as(field).isEqualTo(200);
            assertThat(ignored.json()).as(field).isEqualTo(order);
        }
        assertThat(api.get(orderPath(order)).json()).isEqualTo(order);
    }

    @Test
    void ifMatchWithAStaleEtagIsRefusedWith412AndTheCurrentEtagSucceeds() {
        Api.Response created = api.post("/api/v1/orders", order(customer, 1, "5.00"));
        String path = orderPath(created.json());
        String firstEtag = created.header("ETag");
        api.put(path, "{\"notes\": \"first\"}");

        Api.Response stale = api.put(path, "{\"notes\": \"second\"}", "If-Match", firstEtag);
        String current = api.get(path).header("ETag");
        Api.Response fresh = api.put(path, "{\"notes\": \"second\"}", "If-Match", current);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("/problems/stale-etag");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("notes").asString()).isEqualTo("second");
        assertThat(api.delete(path, "If-Match", firstEtag).status()).isEqualTo(412);
        assertThat(api.post(path.replace("?", "/cancel?"), null, "If-Match", firstEtag)
                        .status())
                .isEqualTo(412);
    }

    @Test
    void cancelAnswersInThePythonShapeWithTheOrderAndASecondCancelChangesNothing() {
        JsonNode order = create(order(customer, 1, "5.00"));
        String cancelPath = "/api/v1/orders/" + order.get("id").asString() + "/cancel?customer_id=" + customer;

        Api.Response cancelled = api.post(cancelPath, "{\"reason\": \"Changed my mind\"}");
        Api.Response again = api.post(cancelPath, null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("message").asString())
                .isEqualTo("Order " + order.get("order_number").asString() + " cancelled successfully");
        assertThat(cancelled.json().get("order_id").asString())
                .isEqualTo(order.get("id").asString());
        assertThat(cancelled.json().get("order").get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("order").get("cancellation_reason").asString())
                .isEqualTo("Changed my mind");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("order")).isEqualTo(cancelled.json().get("order"));
    }

    @Test
    void shippedOrdersCannotBeCancelled() {
        JsonNode order = create(order(customer, 1, "5.00"));
        for (String next : new String[] {"confirmed", "processing", "shipped"}) {
            api.put(orderPath(order), "{\"status\": \"" + next + "\"}");
        }

        Api.Response refused = api.post("/api/v1/orders/" + order.get("id").asString() + "/cancel", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get(orderPath(order)).json().get("status").asString()).isEqualTo("shipped");
    }

    @Test
    void deleteAnswersInThePythonShapeAndFreesTheOrder() {
        JsonNode order = create(order(customer, 1, "5.00"));

        Api.Response deleted = api.delete(orderPath(order));

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("message").asString())
                .isEqualTo("Order " + order.get("order_number").asString() + " deleted successfully");
        assertThat(deleted.json().get("order_id").asString())
                .isEqualTo(order.get("id").asString());
        assertThat(deleted.json().has("order")).isFalse();
        assertThat(api.get(orderPath(order)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/number/" + order.get("order_number").asString())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(orderPath(order)).status()).isEqualTo(404);
    }

    @Test
    void ifMatchComparesStrongly() {
        Api.Response first = api.post("/api/v1/orders", order(customer, 1, "5.00"));
        String etag = first.header("ETag");

        Api.Response weak = api.put(orderPath(first.json()), "{\"notes\": \"x\"}", "If-Match", "W/" + etag);
        Api.Response strong = api.put(orderPath(first.json()), "{\"notes\": \"x\"}", "If-Match", etag);

        assertThat(weak.status())
                .as("a weak tag never matches (RFC 9110 13.1.1)")
                .isEqualTo(412);
        assertThat(strong.status()).isEqualTo(200);
    }

    @Test
    void theSameKeyWithOtherPaymentDetailsIsRefusedNotReplayed() {
        String key = "key-" + UUID.randomUUID();
        String first = order(customer, 1, "5.00")
                .replace("\"method\": \"paypal\"", "\"method\": \"paypal\", \"transaction_id\": \"txn-1\"");

        Api.Response created = api.post("/api/v1/orders", first, "Idempotency-Key", key);
        Api.Response otherTransaction =
                api.post("/api/v1/orders", first.replace("txn-1", "txn-2"), "Idempotency-Key", key);
        Api.Response otherProcessor = api.post(
                "/api/v1/orders",
                first.replace(
                        "\"transaction_id\": \"txn-1\"", "\"transaction_id\": \"txn-1\", \"processor\": \"stripe\""),
                "Idempotency-Key",
                key);

        assertThat(created.status()).isEqualTo(201);
        assertThat(otherTransaction.status()).isEqualTo(422);
        assertThat(otherTransaction.json().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(otherProcessor.status()).isEqualTo(422);
    }

    @Test
    void replayingTheKeyOfADeletedOrderNeverCreatesItAgain() {
        String key = "key-" + UUID.randomUUID();
        String body = order(customer, 2, "3.50");
        JsonNode first =
                api.post("/api/v1/orders", body, "Idempotency-Key", key).json();
        assertThat(api.delete(orderPath(first)).status()).isEqualTo(200);

        Api.Response replay = api.post("/api/v1/orders", body, "Idempotency-Key", key);

        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.json().get("type").asString()).isEqualTo("/problems/idempotent-order-deleted");
        assertThat(api.get(orderPath(first)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders?customer_id=" + customer)
                        .json()
                        .get("total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void idempotencyKeysBelongToOneCustomerAndCompareCanonicalAmounts() {
        String key = "key-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();

        Api.Response mine = api.post("/api/v1/orders", order(customer, 1, "5.9"), "Idempotency-Key", key);
        Api.Response sameAmountWrittenLonger =
                api.post("/api/v1/orders", order(customer, 1, "5.90"), "Idempotency-Key", key);
        Api.Response theirs = api.post("/api/v1/orders", order(other, 3, "1.00"), "Idempotency-Key", key);

        assertThat(sameAmountWrittenLonger.status()).isEqualTo(201);
        assertThat(sameAmountWrittenLonger.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sameAmountWrittenLonger.json()).isEqualTo(mine.json());
        assertThat(theirs.status())
                .as("another customer's key says nothing about ours")
                .isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(theirs.json().get("customer_id").asString()).isEqualTo(other);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstOrderAndAnotherBodyIsRefused() {
        String key = "key-" + UUID.randomUUID();
        String body = order(customer, 2, "3.50");

        Api.Response first = api.post("/api/v1/orders", body, "Idempotency-Key", key);
        Api.Response repeat = api.post("/api/v1/orders", body, "Idempotency-Key", key);
        Api.Response otherBody = api.post("/api/v1/orders", order(customer, 3, "3.50"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(api.get("/api/v1/orders?customer_id=" + customer)
                        .json()
                        .get("total_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void withoutIdempotencyKeyTwoPostsAreTwoOrdersWithDistinctNumbers() {
        JsonNode one = create(order(customer, 1, "1.00"));
        JsonNode two = create(order(customer, 1, "1.00"));

        assertThat(one.get("id")).isNotEqualTo(two.get("id"));
        assertThat(one.get("order_number")).isNotEqualTo(two.get("order_number"));
    }

    private JsonNode create(String body) {
        Api.Response created = api.post("/api/v1/orders", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static String orderPath(JsonNode order) {
        return "/api/v1/orders/" + order.get("id").asString() + "?customer_id="
                + order.get("customer_id").asString();
    }
}
