package com.ordermanagement.order.api;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@ApiTest
class OrderListingApiTest extends HttpApiTest {

    String customer;
    List<String> createdNewestFirst;

    @BeforeEach
    void createSevenOrders() {
        customer = "list-" + UUID.randomUUID();
        createdNewestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            createdNewestFirst.add(
                    0,
                    api.post("/api/v1/orders", order(customer, 1, i + ".00"))
                            .json()
                            .get("id")
                            .asString());
        }
    }

    @Test
    void pagesOfThePythonShapeCoverEveryOrderOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = api.get("/api/v1/orders/?customer_id=" + customer + "&page=" + page + "&page_size=3")
                    .json();
            assertThat(body.get("total_count").asInt()).isEqualTo(7);
            assertThat(body.get("page").asInt()).isEqualTo(page);
            assertThat(body.get("page_size").asInt()).isEqualTo(3);
            assertThat(body.get("total_pages").asInt()).isEqualTo(3);
            assertThat(body.get("has_next").asBoolean()).isEqualTo(page < 3);
            assertThat(body.get("next_continuation_token").isNull()).isEqualTo(page == 3);
            body.get("orders").forEach(order -> seen.add(order.get("id").asString()));
        }
        assertThat(seen).containsExactlyElementsOf(createdNewestFirst);
    }

    @Test
    void continuationTokensWalkTheSameOrdersAsPageNumbers() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String path = "/api/v1/orders/customers/" + customer + "/orders?page_size=2"
                    + (token == null ? "" : "&continuation_token=" + token);
            JsonNode body = api.get(path).json();
            body.get("orders").forEach(order -> seen.add(order.get("id").asString()));
            assertThat(body.get("page").asInt()).isEqualTo(++pages);
            token = body.get("next_continuation_token").isNull()
                    ? null
                    : body.get("next_continuation_token").asString();
        } while (token != null);

        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactlyElementsOf(createdNewestFirst);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButCounted() {
        JsonNode body = api.get("/api/v1/orders?customer_id=" + customer + "&page=5&page_size=3")
                .json();

        assertThat(body.get("orders")).isEmpty();
        assertThat(body.get("total_count").asInt()).isEqualTo(7);
        assertThat(body.get("has_next").asBoolean()).isFalse();
    }

    @Test
    void statusFiltersTheListAndItsCount() {
        api.post("/api/v1/orders/" + createdNewestFirst.get(2) + "/cancel?customer_id=" + customer, null);
        api.post("/api/v1/orders/" + createdNewestFirst.get(4) + "/cancel?customer_id=" + customer, null);

        JsonNode cancelled = api.get("/api/v1/orders?customer_id=" + customer + "&status=cancelled&page_size=1")
                .json();
        JsonNode pending = api.get("/api/v1/orders?customer_id=" + customer + "&status=pending&page=2&page_size=4")
                .json();

        assertThat(cancelled.get("total_count").asInt()).isEqualTo(2);
        assertThat(cancelled.get("orders").get(0).get("id").asString()).isEqualTo(createdNewestFirst.get(2));
        assertThat(pending.get("total_count").asInt()).isEqualTo(5);
        assertThat(pending.get("orders")).hasSize(1);
        assertThat(pending.get("orders").get(0).get("id").asString()).isEqualTo(createdNewestFirst.get(6));
    }

    @Test
    void listingEveryoneIncludesThisCustomersOrdersAndFiltersByStatusAcrossCustomers() {
        JsonNode all = api.get("/api/v1/orders?page_size=100").json();
        JsonNode pendingEverywhere =
                api.get("/api/v1/orders?status=pending&page_size=100").json();

        List<String> newest = new ArrayList<>();
        all.get("orders").forEach(order -> newest.add(order.get("id").asString()));
        assertThat(all.get("total_count").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(newest.subList(0, 7)).containsExactlyElementsOf(createdNewestFirst);
        pendingEverywhere
                .get("orders")
                .forEach(order -> assertThat(order.get("status").asString()).isEqualTo("pending"));
    }

    @Test
    void aTokenFromAnotherListingOrMangledIsABadRequest() {
        String token = api.get("/api/v1/orders?customer_id=" + customer + "&page_size=2")
                .json()
                .get("next_continuation_token")
                .asString();

        Api.Response otherFilter = api.get("/api/v1/orders?customer_id=" + customer + "&status=pending&page_size=2"
                + "&continuation_token=" + token);
        Api.Response mangled = api.get("/api/v1/orders?continuation_token=bm9wZQ");
        Api.Response notBase64 = api.get("/api/v1/orders?continuation_token=***");

        for (Api.Response response : List.of(otherFilter, mangled, notBase64)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("continuation_token");
        }
    }

    @Test
    void pageNumbersReachTenThousandOrdersDeepThenPointToTheContinuationToken() {
        Api.Response deepest = api.get("/api/v1/orders?customer_id=" + customer + "&page=101&page_size=100");
        Api.Response tooDeep = api.get("/api/v1/orders?customer_id=" + customer + "&page=102&page_size=100");

        assertThat(deepest.status()).isEqualTo(200);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooDeep.json().get("type").asString()).endsWith("/problems/page-too-deep");
        assertThat(tooDeep.json().get("detail").asString()).contains("continuation_token");
        assertThat(tooDeep.json().get("max_offset").asLong()).isEqualTo(10_000);
    }
}
