package com.ordermanagement.web.filter;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.RawHttp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Answers that fit the container's buffer leave whole, with their length; larger ones still stream. */
@ApiTest
class WholeResponseApiTest extends HttpApiTest {

    @Test
    void anOrderAndAProblemArriveWithAContentLengthInsteadOfChunks() throws Exception {
        String id = api.post("/api/v1/orders", order("whole-1", 1, "10.00"))
                .json()
                .get("id")
                .asString();

        assertWhole(get("/api/v1/orders/" + id + "?customer_id=whole-1"), "200");
        assertWhole(get("/api/v1/orders/no-such-order?customer_id=whole-1"), "404");
        assertWhole(get("/api/v1/health/live"), "200");
    }

    @Test
    void anAnswerLargerThanTheBufferStillArrivesComplete() {
        for (int i = 0; i < 30; i++) {
            assertThat(api.post("/api/v1/orders", order("whole-many", 1, "10.00"))
                            .status())
                    .isEqualTo(201);
        }

        Api.Response page = api.get("/api/v1/orders?customer_id=whole-many&page_size=30");

        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(16 * 1024);
        assertThat(page.json().get("orders")).hasSize(30);
    }

    private String get(String path) throws Exception {
        return RawHttp.exchange(
                port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
    }

    private static void assertWhole(String response, String status) {
        int headEnd = response.indexOf("\r\n\r\n");
        String head = response.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        byte[] body = response.substring(headEnd + 4).getBytes(StandardCharsets.UTF_8);
        assertThat(head).startsWith("http/1.1 " + status).doesNotContain("transfer-encoding");
        assertThat(head).contains("content-length: " + body.length);
    }
}
