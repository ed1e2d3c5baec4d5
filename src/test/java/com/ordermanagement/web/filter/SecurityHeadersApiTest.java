package com.ordermanagement.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With default settings: headers on every kind of answer, and no cross-origin access at all. */
@ApiTest
class SecurityHeadersApiTest extends HttpApiTest {

    @Test
    void apiAnswersCarryTheStrictHeadersOnSuccessAndOnError() {
        for (Api.Response response : new Api.Response[] {
            api.get("/api/v1/orders"),
            api.get("/api/v1/orders/missing"),
            api.post("/api/v1/orders", "{bad"),
            api.get("/nowhere")
        }) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-XSS-Protection")).isEqualTo("0");
            assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=31536000");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Permissions-Policy")).contains("camera=()");
            assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void docsPagesGetASelfOnlyPolicyThatLetsThemWork() {
        Api.Response swagger = api.get("/docs");
        Api.Response redoc = api.get("/redoc");

        assertThat(swagger.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(redoc.header("Content-Security-Policy")).contains("worker-src 'self' blob:");
        assertThat(redoc.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void byDefaultNoOriginIsAllowed() {
        Api.Response preflight = api.send(
                "OPTIONS",
                "/api/v1/orders",
                null,
                "Origin",
                "https://shop.example",
                "Access-Control-Request-Method",
                "GET");
        Api.Response get = api.get("/api/v1/orders", "Origin", "https://shop.example");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(get.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void problemBodiesDoNotEchoWhatTheClientSent() {
        Api.Response unknownField = api.post("/api/v1/orders", "{\"<script>alert(1)</script>\": 1}");
        Api.Response badParam = api.get("/api/v1/orders?status=%3Cscript%3E");

        assertThat(unknownField.body()).doesNotContain("<script>");
        assertThat(badParam.body()).doesNotContain("<script>");
    }

    @Test
    void plainHttpErrorsAnswerFixedSentencesNotTheRequestsOwnText() {
        Api.Response unknownPath = api.get("/api/v1/nothing-here-marker42");
        Api.Response oddJson = api.send(
                "PUT",
                "/api/v1/orders/x?customer_id=c",
                "{}",
                "Content-Type",
                "application/vnd.marker42+json; marker42=yes");
        Api.Response wrongMethod = api.send("PATCH", "/api/v1/orders/x", null);

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("detail").asString()).isEqualTo("No such resource");
        assertThat(oddJson.status()).isEqualTo(415);
        assertThat(wrongMethod.status()).isEqualTo(405);
        for (Api.Response response : List.of(unknownPath, oddJson, wrongMethod)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString())
                    .doesNotContain("marker42")
                    .doesNotContain("PATCH");
        }
    }
}
