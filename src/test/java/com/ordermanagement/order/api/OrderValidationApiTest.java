package com.ordermanagement.order.api;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every rule a create request must meet: a 422 problem naming the field, and nothing stored. */
@ApiTest
class OrderValidationApiTest extends HttpApiTest {

    String customer;

    @BeforeEach
    void setUp() {
        customer = "val-" + UUID.randomUUID();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("items", "\"items\": []"),
                Arguments.of("items", "\"items\": null"),
                Arguments.of("items", "\"items\": " + manyItems(101)),
                Arguments.of("items[0].quantity", item("\"quantity\": 0, \"unit_price\": 1")),
                Arguments.of("items[0].quantity", item("\"quantity\": 1001, \"unit_price\": 1")),
                Arguments.of("items[0].unit_price", item("\"quantity\": 1, \"unit_price\": -0.01")),
                Arguments.of("items[0].unit_price", item("\"quantity\": 1, \"unit_price\": 1.001")),
                Arguments.of("items[0].unit_price", item("\"quantity\": 1, \"unit_price\": 1000000.01")),
                Arguments.of("items[0].product_id", itemWithId("\"a/b\"")),
                Arguments.of("items[0].product_id", itemWithId("\"" + "p".repeat(65) + "\"")),
                Arguments.of("tax_amount", "\"tax_amount\": -1"),
                Arguments.of("shipping_amount", "\"shipping_amount\": 0.001"),
                Arguments.of("discount_amount", "\"discount_amount\": 1000.00"),
                Arguments.of("customer_email", "\"customer_email\": \"not-an-email\""),
                Arguments.of("customer_id", "\"customer_id\": \"\""),
                Arguments.of("customer_id", "\"customer_id\": \"a#b\""),
                Arguments.of("customer_id", "\"customer_id\": \"a\\u0007b\""),
                Arguments.of("currency", "\"currency\": \"XYZ\""),
                Arguments.of("currency", "\"currency\": \"usd\""),
                Arguments.of("billing_address.country", address("\"country\": \"USA\"")),
                Arguments.of("billing_address.postal_code", address("\"postal_code\": \"\"")),
                Arguments.of("billing_address.city", address("\"city\": \"Sea\\nttle\"")),
                Arguments.of("billing_address", "\"billing_address\": null"),
                Arguments.of("payment_info.last_four_digits", payment("\"last_four_digits\": \"4111111111111111\"")),
                Arguments.of("payment_info.last_four_digits", payment("\"last_four_digits\": \"12a4\"")),
                Arguments.of("payment_info.method", payment("\"method\": \"bitcoin\"")),
                Arguments.of("notes", "\"notes\": \"" + "n".repeat(1001) + "\""),
                Arguments.of("notes", "\"notes\": \"bell\\u0007\""),
                // A regex that recursed per character once answered these with a 500 (StackOverflowError).
                Arguments.of("notes", "\"notes\": \"" + "n".repeat(20_000) + "\""),
                Arguments.of("notes", "\"notes\": \"" + "\\n".repeat(20_000) + "\""),
                Arguments.of("source", "\"source\": \"" + "s".repeat(20_000) + "\""),
                Arguments.of("customer_id", "\"customer_id\": \"" + "c".repeat(20_000) + "\""),
                Arguments.of("customer_id", "\"customer_id\": \"a\\u202Eb\""),
                Arguments.of("customer_id", "\"customer_id\": \"a\\ud800b\""),
                Arguments.of("items[0].quantity", item("\"quantity\": \"two\", \"unit_price\": 1")),
                Arguments.of("items[0].quantity", item("\"quantity\": 1.5, \"unit_price\": 1")),
                Arguments.of("tax_amount", "\"tax_amount\": \"\""));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsA422NamingTheFieldAndStoresNothing(String field, String member) {
        Api.Response refused = api.post("/api/v1/orders", withMember(member));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation-error");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/orders");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains(field);
        assertThat(refused.body())
                .doesNotContain("4111111111111111")
                .doesNotContain("Exception")
                .doesNotContain("com.");
        assertThat(api.get("/api/v1/orders?customer_id=" + customer)
                        .json()
                        .get("total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        Api.Response refused = api.post("/api/v1/orders", """
                {"customer_id": "", "customer_email": "nope", "items": [],
                 "billing_address": {"street": "", "city": "", "state": "", "postal_code": "", "country": "XX"},
                 "payment_info": {"method": "paypal", "last_four_digits": "1"}, "currency": "ABC"}
                """);

        List<String> fields = new ArrayList<>();
        refused.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields)
                .contains(
                        "customer_id",
                        "customer_email",
                        "items",
                        "billing_address.street",
                        "billing_address.city",
                        "billing_address.state",
                        "billing_address.postal_code",
                        "billing_address.country",
                        "payment_info.last_four_digits",
                        "currency");
    }

    @Test
    void aDiscountMayBringTheTotalToZeroButNotBelow() {
        Api.Response zero = api.post("/api/v1/orders", withMember("\"discount_amount\": 65.97"));

        assertThat(zero.status()).isEqualTo(201);
        assertThat(zero.json().get("total_amount").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void idsThatLookLikeSqlAreJustData() {
        String sqlish = "x' OR '1'='1";
        Api.Response created = api.post("/api/v1/orders", order(sqlish, 1, "1.00"));
        Api.Response search = api.get("/api/v1/orders?customer_id=x%27%20OR%201%3D1--");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("customer_id").asString()).isEqualTo(sqlish);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("total_count").asInt()).isZero();
    }

    @Test
    void malformedJsonIsA400Problem() {
        Api.Response refused = api.post("/api/v1/orders", "{\"customer_id\": ");
        Api.Response trailing = api.post("/api/v1/orders", order(customer, 1, "1.00") + " {}");
        Api.Response empty = api.post("/api/v1/orders", "");

        for (Api.Response response : List.of(refused, trailing, empty)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/malformed-body");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        Api.Response refused = api.post("/api/v1/orders", "customer_id=1", "Content-Type", "text/plain");

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void badQueryParametersAndHeadersAre422ProblemsAsFastApiAnswersThem() {
        for (String path : List.of(
                "/api/v1/orders?page=0",
                "/api/v1/orders?page_size=0",
                "/api/v1/orders?page_size=101",
                "/api/v1/orders?page=abc",
                "/api/v1/orders?status=lost",
                "/api/v1/orders?customer_id=a%2Fb",
                "/api/v1/orders/customers/x/orders?page_size=500",
                "/api/v1/orders/some-order?customer_id=a%23b",
                "/api/v1/orders/some-order?customer_id=" + "c".repeat(65))) {
            Api.Response refused = api.get(path);
            assertThat(refused.status()).as(path).isEqualTo(422);
            assertThat(refused.json().get("errors")).as(path).isNotEmpty();
            assertThat(refused.body()).as(path).doesNotContain("customerId").doesNotContain("a#b");
        }
        Api.Response longKey =
                api.post("/api/v1/orders", order(customer, 1, "1.00"), "Idempotency-Key", "k".repeat(256));
        assertThat(longKey.status()).isEqualTo(422);
        assertThat(longKey.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        Api.Response missing = api.get("/api/v1/nothing-here");
        Api.Response method = api.send("PATCH", "/api/v1/orders/some-id", "{}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    private String withMember(String member) {
        String base = order(customer, 2, "29.99", "\"tax_amount\": 5.99");
        String key = member.substring(1, member.indexOf('"', 1));
        // Replace an existing member of the same name, otherwise add it.
        String json = Api.parse(base).toString();
        JsonNode node = Api.parse(json);
        if (node.has(key)) {
            ((tools.jackson.databind.node.ObjectNode) node).remove(key);
        }
        String stripped = node.toString();
        return stripped.substring(0, stripped.length() - 1) + "," + member + "}";
    }

    private static String item(String fields) {
        return "\"items\": [{\"product_id\": \"p\", \"product_name\": \"P\", " + fields + "}]";
    }

    private static String itemWithId(String id) {
        return "\"items\": [{\"product_id\": " + id + ", \"product_name\": \"P\", \"quantity\": 1, \"unit_price\": 1}]";
    }

    private static String address(String override) {
        String base = "\"street\": \"1 Main\", \"city\": \"Seattle\", \"state\": \"WA\", \"postal_code\": \"98101\"";
        String key = override.substring(0, override.indexOf(':'));
        String kept = Stream.of(base.split(", "))
                .filter(part -> !part.startsWith(key))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return "\"billing_address\": {" + kept + ", " + override + "}";
    }

    private static String payment(String override) {
        return override.startsWith("\"method\"")
                ? "\"payment_info\": {" + override + "}"
                : "\"payment_info\": {\"method\": \"credit_card\", " + override + "}";
    }

    private static String manyItems(int count) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"product_id\": \"p")
                    .append(i)
                    .append("\", \"product_name\": \"P\", \"quantity\": 1, \"unit_price\": 1}");
        }
        return items.append("]").toString();
    }
}
