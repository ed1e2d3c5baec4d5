package com.ordermanagement.web.filter;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Body limits, media types, CORS and headers with every edge setting changed from its default. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rate-limit.enabled=false",
            "edge.max-request-size=64KB",
            "edge.cors-allowed-origins=https://shop.example, https://admin.example"
        })
class EdgeLimitsApiTest extends HttpApiTest {

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        String response = RawHttp.exchange(
                port,
                "POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 70000\r\nConnection: close\r\n\r\n",
                "{}".getBytes());

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("application/problem+json").contains("/problems/body-too-large");
        assertThat(response).containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedToo() throws Exception {
        String response = RawHttp.exchange(
                port,
                "POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                RawHttp.chunked(100_000));

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("/problems/body-too-large");
    }

    @Test
    void aChunkedFormBodyOnMethodsThatTakeNoBodyIsNeverRead() throws Exception {
        for (String method : new String[] {"DELETE", "PATCH", "GET"}) {
            String response = RawHttp.exchange(
                    port,
                    method + " /api/v1/orders/some-order?customer_id=c HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                    RawHttp.chunked(100_000));

            // Spring's FormContentFilter once read these and let the size error escape as a 500.
            assertThat(response).as(method).doesNotStartWith("HTTP/1.1 500");
            assertThat(response).as(method).containsPattern("^HTTP/1.1 (404|405|413)");
            assertThat(response).as(method).contains("application/problem+json");
        }
        String declared = RawHttp.exchange(
                port,
                "DELETE /api/v1/orders/some-order HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 70000\r\nConnection: close\r\n\r\n",
                "a=b".getBytes());
        assertThat(declared)
                .as("a declared over-size body is 413 on every method")
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void aBodyWithinTheLimitIsServed() {
        assertThat(api.post("/api/v1/orders", order("edge-1", 1, "1.00")).status())
                .isEqualTo(201);
    }

    @Test
    void bodiesThatAreNotJsonAre415Problems() {
        for (String type :
                new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded", "bogus"}) {
            Api.Response refused = api.post("/api/v1/orders", "{}", "Content-Type", type);
            assertThat(refused.status()).as(type).isEqualTo(415);
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
        }
        assertThat(api.send("PUT", "/api/v1/orders/x", "<order/>", "Content-Type", "text/xml")
                        .status())
                .isEqualTo(415);
        assertThat(api.post(
                                "/api/v1/orders",
                                order("edge-2", 1, "1.00"),
                                "Content-Type",
                                "application/json; charset=utf-8")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void deeplyNestedJsonIsAProblemNotAStackOverflow() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        Api.Response asBody = api.post("/api/v1/orders", deep);
        Api.Response asField = api.post("/api/v1/orders", "{\"notes\": " + deep + "}");
        Api.Response asUnknownField =
                api.post("/api/v1/orders", "{\"extra\": " + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}");

        for (Api.Response response : new Api.Response[] {asBody, asField, asUnknownField}) {
            assertThat(response.status()).isBetween(400, 422);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anAllowedOriginGetsCorsHeadersWithTheExposedHeaders() {
        Api.Response preflight = api.send(
                "OPTIONS",
                "/api/v1/orders",
                null,
                "Origin",
                "https://shop.example",
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "Authorization, Content-Type, Idempotency-Key");
        Api.Response get = api.get("/api/v1/orders", "Origin", "https://admin.example");

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization");
        assertThat(preflight.header("Access-Control-Allow-Methods"))
                .contains("POST")
                .doesNotContain("PATCH");
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("https://admin.example");
        assertThat(get.header("Access-Control-Expose-Headers")).contains("ETag", "Location", "RateLimit-Remaining");
    }

    @Test
    void anyOtherOriginGetsNoAllowOrigin() {
        Api.Response preflight = api.send(
                "OPTIONS",
                "/api/v1/orders",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "DELETE");
        Api.Response get = api.get("/api/v1/orders", "Origin", "https://evil.example");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(get.header("Access-Control-Allow-Origin")).isNull();
        for (Api.Response refused : List.of(preflight, get)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/cors-origin-refused");
            assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
