package com.ordermanagement.web;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests reach controller methods through Spring MVC's own mapping: paths with variables are
 * routed, and a request no method takes is 404, 405 (with {@code Allow}), 406 or 415.
 */
@ApiTest
class RoutingApiTest extends HttpApiTest {

    @Test
    void pathsWithVariablesReachTheirMethods() {
        JsonNode created =
                api.post("/api/v1/orders", order("routing-1", 1, "5.00")).json();
        String id = created.get("id").asString();

        Api.Response byId = api.get("/api/v1/orders/" + id + "?customer_id=routing-1");
        Api.Response byNumber =
                api.get("/api/v1/orders/number/" + created.get("order_number").asString());

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("id").asString()).isEqualTo(id);
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void aKnownPathWithAnUnsupportedMethodIs405WithTheAllowedOnes() {
        Api.Response patch = api.send("PATCH", "/api/v1/orders/some-order?customer_id=c", "{}");

        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.contentType()).startsWith("application/problem+json");
        assertThat(patch.header("Allow")).contains("GET", "PUT", "DELETE");
    }

    @Test
    void anUnknownPathIs404AndAnUnacceptableOrUnsupportedTypeIsRefused() {
        Api.Response unknown = api.get("/api/v1/orders/some-order/nothing-here");
        Api.Response csv = api.get("/api/v1/orders?customer_id=c", "Accept", "text/csv");
        Api.Response text = api.send("POST", "/api/v1/orders", "hello", "Content-Type", "text/plain");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(csv.status()).isEqualTo(406);
        assertThat(text.status()).isEqualTo(415);
    }
}
