package com.ordermanagement.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What generators, validators and readers need from the document besides validity: one path per
 * operation with a meaningful operationId, shared enums named once, every error as the shared
 * Problem, {@code required} on every object, examples, and anchored patterns.
 */
@ApiTest
class OpenApiDocumentApiTest extends HttpApiTest {

    private JsonNode document;

    @BeforeEach
    void fetch() {
        document = api.get("/openapi.json").json();
    }

    @Test
    void everyOperationHasOneMeaningfulOperationIdAndOnePath() {
        Map<String, String> operations = new TreeMap<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(method -> operations.put(
                                method.getValue().path("operationId").asString(),
                                method.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(operations)
                .containsOnlyKeys(
                        "createOrder",
                        "listOrders",
                        "getOrder",
                        "updateOrder",
                        "deleteOrder",
                        "cancelOrder",
                        "getOrderByNumber",
                        "listCustomerOrders",
                        "getDailyReport",
                        "getOrderStatusReport",
                        "getTopCustomers",
                        "getSummaryReport",
                        "getRevenueTrends",
                        "getCustomerMetrics",
                        "getTodayReport",
                        "getWeekReport",
                        "getMonthSummary",
                        "getServiceInfo",
                        "getHealth",
                        "getReadiness",
                        "getLiveness");
        assertThat(operations).containsEntry("createOrder", "POST /api/v1/orders");
        assertThat(document.path("paths").propertyNames())
                .noneMatch(path -> path.length() > 1 && path.endsWith("/"))
                .doesNotContain("/health");
    }

    @Test
    void statusesAndPaymentEnumsAreNamedOnceAndReferenced() {
        JsonNode schemas = document.at("/components/schemas");
        Map<String, String> enums = new TreeMap<>();
        collect(document, "", "enum", enums);

        assertThat(schemas.path("OrderStatus").path("enum").toString())
                .isEqualTo("[\"pending\",\"confirmed\",\"processing\",\"shipped\",\"delivered\",\"cancelled\","
                        + "\"refunded\"]");
        assertThat(schemas.path("PaymentMethod").path("enum")).hasSize(5);
        assertThat(schemas.path("PaymentStatus").path("enum")).hasSize(5);
        assertThat(enums)
                .as("status and payment values are listed in their named schemas only")
                .allSatisfy((where, values) -> {
                    if (values.contains("\"pending\"") || values.contains("\"paypal\"")) {
                        assertThat(where)
                                .isIn(
                                        "/components/schemas/OrderStatus",
                                        "/components/schemas/PaymentStatus",
                                        "/components/schemas/PaymentMethod");
                    }
                });
        assertThat(document.at("/components/schemas/Order/properties/status/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/OrderStatus");
    }

    @Test
    void everyErrorAnswerIsTheSharedProblemAndEveryOperationDocumentsItsErrors() {
        List<String> operationsWithoutErrors = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode responses = method.getValue().path("responses");
                    boolean documentsClientErrors =
                            responses.propertyNames().stream().anyMatch(code -> code.startsWith("4"));
                    boolean documentsServerErrors = responses.has("500");
                    if (!documentsClientErrors || !documentsServerErrors) {
                        operationsWithoutErrors.add(method.getKey() + " " + path.getKey());
                    }
                }));
        List<String> problemSchemas = new ArrayList<>();
        document.at("/components/responses")
                .properties()
                .forEach(response -> problemSchemas.add(response.getValue()
                        .at("/content/application~1problem+json/schema/$ref")
                        .asString()));

        assertThat(operationsWithoutErrors).isEmpty();
        assertThat(problemSchemas).isNotEmpty().containsOnly("#/components/schemas/Problem");
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/FieldProblem");
        assertThat(document.at("/paths/~1api~1v1~1orders/post/responses/429/$ref")
                        .asString())
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(document.at("/components/responses/TooManyRequests/headers").propertyNames())
                .contains("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Request-ID");
        assertThat(document.at("/paths/~1api~1v1~1orders/post/responses/201/headers")
                        .propertyNames())
                .contains("Location", "ETag", "Idempotent-Replayed", "X-Request-ID");
    }

    @Test
    void everyObjectSchemaSaysWhatIsRequiredAndNullableFieldsSaySo() {
        List<String> withoutRequired = new ArrayList<>();
        document.at("/components/schemas").properties().forEach(schema -> {
            if (schema.getValue().has("properties") && !schema.getValue().has("required")) {
                withoutRequired.add(schema.getKey());
            }
        });

        assertThat(withoutRequired)
                .as("every field of these is optional")
                .containsOnly("UpdateOrderRequest", "CancelOrderRequest", "PaymentInfoUpdateRequest");
        assertThat(document.at("/components/schemas/Order/required").toString())
                .contains("\"notes\"", "\"updated_at\"", "\"shipping_address\"", "\"total_amount\"");
        assertThat(document.at("/components/schemas/Order/properties/notes/type")
                        .toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(document.at("/components/schemas/Order/properties/total_amount/type")
                        .asString())
                .isEqualTo("number");
        assertThat(document.at("/components/schemas/SummaryReport/properties/growth_rate/type")
                        .toString())
                .isEqualTo("[\"number\",\"null\"]");
        assertThat(document.at("/components/schemas/OrderMessageResponse/required")
                        .toString())
                .isEqualTo("[\"message\",\"order_id\"]");
    }

    @Test
    void requestsAndTheMainAnswersCarryExamples() {
        List<String> bodiesWithoutExamples = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    JsonNode body = method.getValue().at("/requestBody/content/application~1json");
                    if (!body.isMissingNode() && !body.has("examples") && !body.has("example")) {
                        bodiesWithoutExamples.add(method.getKey() + " " + path.getKey());
                    }
                }));

        assertThat(bodiesWithoutExamples).isEmpty();
        for (String answer : List.of(
                "/paths/~1api~1v1~1orders/post/responses/201",
                "/paths/~1api~1v1~1orders/get/responses/200",
                "/paths/~1api~1v1~1orders~1{order_id}/get/responses/200",
                "/paths/~1api~1v1~1orders~1{order_id}/delete/responses/200")) {
            assertThat(document.at(answer + "/content/application~1json/examples")
                            .isEmpty())
                    .as(answer)
                    .isFalse();
        }
    }

    @Test
    void everyPatternIsAnchoredAsJsonSchemaNeedsAndMatchesWhatTheServiceAccepts() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(document, patterns);

        assertThat(patterns).isNotEmpty().allMatch(pattern -> pattern.startsWith("^") && pattern.endsWith("$"));
        assertThat(document.at("/components/schemas/PaymentInfoRequest/properties/last_four_digits/pattern")
                        .asString())
                .isEqualTo("^[0-9]{4}$");
        assertThat(api.post(
                                "/api/v1/orders",
                                com.ordermanagement.support.Orders.order("pattern-16", 1, "1.00")
                                        .replace(
                                                "{\"method\": \"paypal\"}",
                                                "{\"method\": \"credit_card\", \"last_four_digits\": \"4242424242424242\"}"))
                        .status())
                .as("the server refuses what the pattern refuses")
                .isEqualTo(422);
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        Map<String, String> found = new TreeMap<>();
        collect(node, "", "pattern", found);
        found.values().forEach(pattern -> patterns.add(Api.parse(pattern).asString()));
    }

    /** Every member with this name, by the JSON pointer of the object holding it. */
    private static void collect(JsonNode node, String pointer, String member, Map<String, String> found) {
        if (node.isObject()) {
            node.properties().forEach(property -> {
                if (property.getKey().equals(member)) {
                    found.put(pointer, property.getValue().toString());
                } else {
                    collect(
                            property.getValue(),
                            pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1"),
                            member,
                            found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, member, found);
            }
        }
    }
}
