package com.ordermanagement.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.OpenApiContract;
import com.ordermanagement.support.Orders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check every API test's answers go through catches drift: the served document accepts real
 * answers, and a document changed in one place (a field no longer nullable, a status or a header
 * left out, a pattern tightened) refuses the same answers.
 */
@ApiTest
class OpenApiContractTest extends HttpApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theServedDocumentAcceptsRealAnswersAndAChangedOneRefusesThem() {
        Api.Response created = api.post("/api/v1/orders", Orders.order("contract-check", 2, "19.99"));
        String path = "/api/v1/orders/" + created.json().get("id").asString() + "?customer_id=contract-check";
        Api.Response read = api.get(path);
        Api.Response missing = api.get("/api/v1/orders/no-such-order");
        String served = api.get("/v3/api-docs").body();

        assertThat(OpenApiContract.of(served).violations("GET", path, read)).isEmpty();
        assertThat(OpenApiContract.of(served).violations("GET", "/api/v1/orders/no-such-order", missing))
                .isEmpty();

        ObjectNode notesNotNullable = document(served);
        schemaProperty(notesNotNullable, "Order", "notes").put("type", "string");
        assertThat(OpenApiContract.of(notesNotNullable.toString()).violations("GET", path, read))
                .anySatisfy(violation -> assertThat(violation).contains("notes"));

        ObjectNode no404 = document(served);
        ((ObjectNode) no404.at("/paths/~1api~1v1~1orders~1{order_id}/get/responses")).remove("404");
        assertThat(OpenApiContract.of(no404.toString()).violations("GET", "/api/v1/orders/no-such-order", missing))
                .containsExactly("GET /api/v1/orders/{order_id} → 404: status not documented");

        ObjectNode noEtag = document(served);
        ((ObjectNode) noEtag.at("/paths/~1api~1v1~1orders~1{order_id}/get/responses/200/headers")).remove("ETag");
        assertThat(OpenApiContract.of(noEtag.toString()).violations("GET", path, read))
                .contains("GET /api/v1/orders/{order_id} → 200: header etag sent but not documented");

        ObjectNode oneMoreRequired = document(served);
        ArrayNode required = (ArrayNode) oneMoreRequired.at("/components/schemas/PaymentInfo/required");
        required.add("cardholder");
        assertThat(OpenApiContract.of(oneMoreRequired.toString()).violations("GET", path, read))
                .anySatisfy(violation -> assertThat(violation).contains("cardholder"));
    }

    @Test
    void patternsAreReadAsJsonSchemaReadsThem() {
        Api.Response created = api.post(
                "/api/v1/orders",
                Orders.order("pattern-check", 1, "5.00")
                        .replace(
                                "{\"method\": \"paypal\"}",
                                "{\"method\": \"credit_card\", \"last_four_digits\": \"1234\"}"));
        String path = "/api/v1/orders/" + created.json().get("id").asString() + "?customer_id=pattern-check";
        Api.Response read = api.get(path);
        ObjectNode anchoredElsewhere = document(api.get("/v3/api-docs").body());
        ObjectNode lastFour = schemaProperty(anchoredElsewhere, "PaymentInfo", "last_four_digits");
        lastFour.put("pattern", "^[0-9]{3}$");

        assertThat(read.json().at("/payment_info/last_four_digits").asString()).hasSize(4);
        assertThat(OpenApiContract.of(anchoredElsewhere.toString()).violations("GET", path, read))
                .anySatisfy(violation -> assertThat(violation).contains("last_four_digits"));
    }

    private static ObjectNode document(String text) {
        return (ObjectNode) JSON.readTree(text);
    }

    private static ObjectNode schemaProperty(JsonNode document, String schema, String property) {
        return (ObjectNode) document.at("/components/schemas/" + schema + "/properties/" + property);
    }
}
