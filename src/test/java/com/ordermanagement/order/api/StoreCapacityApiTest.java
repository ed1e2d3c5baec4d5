package com.ordermanagement.order.api;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The in-memory store is bounded: past EMBEDDED_MAX_ORDERS a create is a 507 problem, not an OutOfMemoryError. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false", "embedded.max-orders=2"})
class StoreCapacityApiTest extends HttpApiTest {

    @Test
    void aFullStoreAnswers507AndKeepsServingReads() {
        assertThat(api.post("/api/v1/orders", order("cap-1", 1, "1.00")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/orders", order("cap-2", 1, "1.00")).status())
                .isEqualTo(201);

        Api.Response full = api.post("/api/v1/orders", order("cap-3", 1, "1.00"));

        assertThat(full.status()).isEqualTo(507);
        assertThat(full.json().get("type").asString()).isEqualTo("/problems/store-full");
        assertThat(api.get("/api/v1/orders").json().get("total_count").asInt()).isEqualTo(2);
    }
}
