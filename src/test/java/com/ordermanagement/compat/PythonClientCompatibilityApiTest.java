package com.ordermanagement.compat;

import static com.ordermanagement.support.Orders.REFERENCE_EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.cosmos.PythonDocuments;
import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * A client written for the Python service (ibnehussain/kyndrylorderservice) keeps working: each test
 * sends what that service's clients and its own API tests ({@code tests/unit/test_analytics_api.py})
 * send, over real HTTP, and checks what they check. The Python behaviour each one pins is named in
 * its name or comment. "Today" is 2026-01-21 (UTC), the date of the Python service's examples.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rate-limit.enabled=false")
class PythonClientCompatibilityApiTest extends HttpApiTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-21T10:00:00Z"));
    static final LocalDate TODAY = LocalDate.parse("2026-01-21");

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    OrderStore store;

    String customer;

    @BeforeEach
    void setUp() {
        customer = "py-" + UUID.randomUUID();
        CLOCK.set(Instant.parse("2026-01-21T10:00:00Z"));
    }

    // --- tests/unit/test_analytics_api.py, request for request -------------------------------------

    @Test
    void test_get_daily_analytics_success() {
        JsonNode data = ok("/api/v1/analytics/daily?start_date=" + TODAY.minusDays(7) + "&end_date=" + TODAY);

        assertThat(data.has("metrics")).isTrue();
        assertThat(data.has("period_summary")).isTrue();
        assertThat(data.get("total_days").asInt()).isEqualTo(8);
    }

    @Test
    void test_get_daily_analytics_default_dates() {
        JsonNode data = ok("/api/v1/analytics/daily");

        assertThat(data.has("metrics")).isTrue();
        assertThat(data.has("period_summary")).isTrue();
    }

    @Test
    void test_get_daily_analytics_invalid_date_range() {
        Api.Response response =
                api.get("/api/v1/analytics/daily?start_date=" + TODAY + "&end_date=" + TODAY.minusDays(1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("Start date must be before or equal to end date");
    }

    @Test
    void test_get_daily_analytics_future_date() {
        Api.Response response = api.get("/api/v1/analytics/daily?end_date=" + TODAY.plusDays(1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("End date cannot be in the future");
    }

    @Test
    void test_get_order_status_analytics_success() {
        JsonNode data = ok("/api/v1/analytics/orders/status");

        assertThat(data.has("status_metrics")).isTrue();
        assertThat(data.has("total_orders")).isTrue();
        assertThat(data.has("total_revenue")).isTrue();
        assertThat(data.has("period")).isTrue();
    }

    @Test
    void test_get_top_customers_analytics_success() {
        place(customer, "10.00");

        JsonNode data = ok("/api/v1/analytics/customers/top?limit=10");

        assertThat(data.has("customers")).isTrue();
        assertThat(data.get("customers")).isNotEmpty();
        assertThat(data.get("limit").asInt()).isEqualTo(10);
    }

    @Test
    void test_get_analytics_summary_success() {
        place(customer, "12.50");

        JsonNode data = ok("/api/v1/analytics/summary");

        assertThat(data.has("period")).isTrue();
        assertThat(data.has("revenue_metrics")).isTrue();
        // The Python schema: busiest_day and highest_revenue_day are "YYYY-MM-DD" strings.
        assertThat(data.get("busiest_day").asString()).isEqualTo("2026-01-21");
        assertThat(data.get("highest_revenue_day").asString()).isEqualTo("2026-01-21");
        assertThat(data.has("growth_rate")).isTrue();
    }

    @Test
    void test_get_revenue_trends_success() {
        JsonNode data = ok("/api/v1/analytics/revenue/trends?days=7");

        assertThat(data.has("metrics")).isTrue();
        assertThat(data.get("total_days").asInt()).isEqualTo(7);
    }

    @Test
    void test_get_customer_analytics_success() {
        place(customer, "10.00");
        place(customer, "30.00");

        JsonNode data = ok("/api/v1/analytics/customers/" + customer);

        assertThat(data.get("customer_id").asString()).isEqualTo(customer);
        assertThat(data.get("total_orders").asInt()).isEqualTo(2);
        assertThat(data.get("total_spent").decimalValue()).isEqualByComparingTo("40.00");
    }

    @Test
    void anUnknownCustomerIs200WithZerosAsInPython() {
        JsonNode data = ok("/api/v1/analytics/customers/never-ordered-" + customer);

        assertThat(data.get("total_orders").asInt()).isZero();
        assertThat(data.get("customer_email").asString()).isEmpty();
        assertThat(data.get("first_order_date").isNull()).isTrue();
    }

    @Test
    void test_get_today_analytics_success() {
        JsonNode data = ok("/api/v1/analytics/quick/today");

        assertThat(data.get("total_days").asInt()).isEqualTo(1);
        assertThat(data.get("metrics")).hasSize(1);
    }

    @Test
    void test_get_week_analytics_success() {
        assertThat(ok("/api/v1/analytics/quick/week").get("total_days").asInt()).isEqualTo(7);
    }

    @Test
    void test_get_month_analytics_summary_success() {
        JsonNode data = ok("/api/v1/analytics/quick/month");

        assertThat(data.has("period")).isTrue();
        assertThat(data.has("revenue_metrics")).isTrue();
        assertThat(data.get("revenue_metrics").has("total_orders")).isTrue();
        assertThat(data.get("period").get("start_date").asString()).isEqualTo("2026-01-01");
    }

    @Test
    void test_analytics_endpoint_parameter_validation() {
        assertThat(api.get("/api/v1/analytics/customers/top?limit=0").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/analytics/revenue/trends?days=0").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/analytics/customers/top?limit=200").status())
                .isEqualTo(422);
    }

    @Test
    void summaryWithOnlyAnEndDateStartsOnTheFirstOfThatMonth() {
        JsonNode data = ok("/api/v1/analytics/summary?end_date=2025-12-15");

        assertThat(data.get("period").get("start_date").asString()).isEqualTo("2025-12-01");
        assertThat(data.get("period").get("end_date").asString()).isEqualTo("2025-12-15");
    }

    @Test
    void statusMetricsAreOrderedByCountHighestFirst() {
        CLOCK.set(Instant.parse("2025-06-10T10:00:00Z"));
        String cancelled = place(customer, "1.00").get("id").asString();
        place(customer, "2.00");
        place(customer, "3.00");
        assertThat(api.post("/api/v1/orders/" + cancelled + "/cancel?customer_id=" + customer, null)
                        .status())
                .isEqualTo(200);
        CLOCK.set(Instant.parse("2026-01-21T10:00:00Z"));

        JsonNode metrics = ok("/api/v1/analytics/orders/status?start_date=2025-06-10&end_date=2025-06-10")
                .get("status_metrics");

        assertThat(metrics.get(0).get("status").asString()).isEqualTo("pending");
        assertThat(metrics.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(metrics.get(1).get("status").asString()).isEqualTo("cancelled");
    }

    // --- app/ behaviour its clients rely on ---------------------------------------------------------

    @Test
    void theReadmeCreateExampleWorksWithTrailingSlashAndNumbersAreMadeAsPythonMakesThem() {
        Api.Response created = api.post("/api/v1/orders/", REFERENCE_EXAMPLE);

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("order_number").asString()).matches("ORD-20260121-[0-9A-F]{8}");
        assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("75.96");
        // OrderService.create: shipping_address = billing_address when none is given.
        assertThat(order.get("shipping_address")).isEqualTo(order.get("billing_address"));
        assertThat(ok("/api/v1/orders/number/" + order.get("order_number").asString())
                        .get("id")
                        .asString())
                .isEqualTo(order.get("id").asString());
    }

    @Test
    void aWellFormedNumberThatDoesNotExistIsNotFound() {
        for (String number : new String[] {"ORD-20260121-00C0FFEE", "ORD-20260121-ABC123", "ORD-2026-001"}) {
            Api.Response missing = api.get("/api/v1/orders/number/" + number);
            assertThat(missing.status()).as(number).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void bodiesAreReadAsPydanticReadThem() {
        // Unknown members and server-owned ones are ignored; numbers may come as strings.
        String body = REFERENCE_EXAMPLE
                .replace("\"customer_id\": \"cust_123\"", "\"customer_id\": \"" + customer + "\"")
                .replace("\"tax_amount\": 5.99", "\"tax_amount\": \"5.99\"")
                .replace("\"quantity\": 2", "\"quantity\": \"2\"")
                .replace(
                        "\"shipping_amount\": 9.99",
                        "\"shipping_amount\": 9.99, \"total_amount\": 1, \"id\": \"mine\", \"status\": \"delivered\","
                                + " \"order_number\": \"ORD-1\", \"created_at\": \"2000-01-01T00:00:00\","
                                + " \"loyalty_tier\": \"gold\"");

        Api.Response created = api.post("/api/v1/orders/", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("tax_amount").decimalValue()).isEqualByComparingTo("5.99");
        assertThat(order.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("75.96");
        assertThat(order.get("id").asString()).isNotEqualTo("mine");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("created_at").asString()).startsWith("2026-01-21T");
        assertThat(order.has("loyalty_tier")).isFalse();
    }

    @Test
    void duplicateKeysAreRefusedRatherThanGuessed() {
        String body = REFERENCE_EXAMPLE.replace("\"tax_amount\": 5.99", "\"tax_amount\": 5.99, \"tax_amount\": 0.01");

        Api.Response refused = api.post("/api/v1/orders/", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("tax_amount\": 0.01");
    }

    @Test
    void cancellingIsIdempotentAndPutWithStatusCancelledCancelsLikeTheCancelEndpoint() {
        JsonNode first = place(customer, "10.00");
        JsonNode second = place(customer, "20.00");
        String firstCancel = "/api/v1/orders/" + first.get("id").asString() + "/cancel?customer_id=" + customer;

        Api.Response cancelled = api.post(firstCancel, null);
        Api.Response again = api.post(firstCancel, null);
        Api.Response viaPut = api.put(
                "/api/v1/orders/" + second.get("id").asString() + "?customer_id=" + customer,
                "{\"status\": \"cancelled\"}");
        Api.Response putAgain = api.put(
                "/api/v1/orders/" + second.get("id").asString() + "?customer_id=" + customer,
                "{\"status\": \"cancelled\"}");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("message").asString())
                .isEqualTo("Order " + first.get("order_number").asString() + " cancelled successfully");
        assertThat(again.json().get("order")).isEqualTo(cancelled.json().get("order"));
        assertThat(viaPut.status()).isEqualTo(200);
        assertThat(viaPut.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(putAgain.json()).isEqualTo(viaPut.json());
        assertThat(ok("/api/v1/analytics/customers/" + customer)
                        .get("total_orders")
                        .asInt())
                .as("cancelled orders are not revenue")
                .isZero();
    }

    @Test
    void putTellsAnExplicitNullFromAnAbsentField() {
        JsonNode order = place(customer, "10.00");
        String path = "/api/v1/orders/" + order.get("id").asString() + "?customer_id=" + customer;
        api.put(path, "{\"notes\": \"Leave at the door\"}");

        JsonNode untouched = api.put(path, "{\"status\": \"confirmed\"}").json();
        JsonNode cleared =
                api.put(path, "{\"notes\": null, \"shipping_address\": null}").json();

        assertThat(untouched.get("notes").asString()).isEqualTo("Leave at the door");
        assertThat(untouched.get("shipping_address").isNull()).isFalse();
        assertThat(cleared.get("notes").isNull()).isTrue();
        assertThat(cleared.get("shipping_address").isNull()).isTrue();
        assertThat(cleared.get("status").asString()).isEqualTo("confirmed");
    }

    @Test
    void putHoldsTheCreateRulesForEveryFieldItAccepts() {
        JsonNode order = place(customer, "10.00");
        String path = "/api/v1/orders/" + order.get("id").asString() + "?customer_id=" + customer;

        for (String body : new String[] {
            "{\"customer_email\": \"\"}",
            "{\"customer_email\": \"nope\"}",
            "{\"notes\": \"" + "n".repeat(20_000) + "\"}",
            "{\"shipping_address\": {\"street\": \"\", \"city\": \"X\", \"state\": \"WA\", \"postal_code\": \"98101\"}}"
        }) {
            Api.Response refused = api.put(path, body);
            assertThat(refused.status())
                    .as(body.substring(0, Math.min(body.length(), 60)))
                    .isEqualTo(422);
        }
        assertThat(ok(path).get("customer_email").asString()).isEqualTo("buyer@example.com");
        Api.Response longReason = api.post(
                "/api/v1/orders/" + order.get("id").asString() + "/cancel?customer_id=" + customer,
                "{\"reason\": \"" + "r".repeat(20_000) + "\"}");
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        assertThat(ok(path).get("status").asString()).isEqualTo("pending");
    }

    @Test
    void healthAndServiceInformationInThePythonShapes() {
        JsonNode root = ok("/");
        JsonNode health = ok("/api/v1/health/");
        JsonNode ready = ok("/api/v1/health/ready");
        JsonNode live = ok("/api/v1/health/live");

        assertThat(root.get("status").asString()).isEqualTo("healthy");
        assertThat(root.get("docs_url").asString()).isEqualTo("/docs");
        assertThat(health.get("status").asString()).isEqualTo("healthy");
        assertThat(ready.get("status").asString()).isEqualTo("ready");
        assertThat(ready.get("database").asString()).isEqualTo("connected");
        assertThat(ready.has("timestamp")).isTrue();
        assertThat(live.get("status").asString()).isEqualTo("alive");
        assertThat(ok("/api/v1/openapi.json").get("openapi").asString()).startsWith("3.");
    }

    /**
     * A document exactly as the Python service's repository writes it (its field names, its order
     * number, naive UTC timestamps, floats) is found by id and by number, listed and counted.
     */
    @Test
    void anOrderInThePythonLayoutIsFoundListedAndCounted() {
        String pythonDocument = """
                {"id": "6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "partitionKey": "%s", "type": "order",
                 "order_number": "ORD-20250110-9F3A1C2B", "customer_id": "%s",
                 "customer_email": "customer@example.com", "status": "confirmed",
                 "items": [{"product_id": "prod_123", "product_name": "Premium Widget", "quantity": 2,
                            "unit_price": 29.99, "total_price": 59.98}],
                 "subtotal": 59.98, "tax_amount": 5.99, "shipping_amount": 9.99, "discount_amount": 0.0,
                 "total_amount": 75.96, "currency": "USD",
                 "billing_address": {"street": "123 Main St", "city": "Seattle", "state": "WA",
                                     "postal_code": "98101", "country": "US"},
                 "shipping_address": null,
                 "payment_info": {"method": "credit_card", "status": "pending", "transaction_id": null,
                                  "last_four_digits": "1234", "processor": null},
                 "notes": null, "source": "api", "created_at": "2025-01-10T23:30:00.123456", "updated_at": null}
                """.formatted(customer, customer);
        store.create(PythonDocuments.toOrder(pythonDocument));

        JsonNode byId = ok("/api/v1/orders/6f1c2a10-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        JsonNode byNumber = ok("/api/v1/orders/number/ORD-20250110-9F3A1C2B");
        JsonNode listed = ok("/api/v1/orders/customers/" + customer + "/orders");
        JsonNode day = ok("/api/v1/analytics/daily?start_date=2025-01-10&end_date=2025-01-10");
        JsonNode spend = ok("/api/v1/analytics/customers/" + customer + "?start_date=2025-01-01&end_date=2025-01-31");

        assertThat(byId.get("created_at").asString()).isEqualTo("2025-01-10T23:30:00.123456Z");
        assertThat(byNumber.get("id").asString()).isEqualTo(byId.get("id").asString());
        assertThat(listed.get("total_count").asInt()).isEqualTo(1);
        assertThat(day.get("metrics").get(0).get("order_count").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(spend.get("total_spent").decimalValue()).isEqualByComparingTo("75.96");
        assertThat(spend.get("customer_email").asString()).isEqualTo("customer@example.com");
    }

    private JsonNode ok(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode place(String customerId, String price) {
        Api.Response created =
                api.post("/api/v1/orders/", com.ordermanagement.support.Orders.order(customerId, 1, price));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
