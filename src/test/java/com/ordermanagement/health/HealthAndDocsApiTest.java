package com.ordermanagement.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@ApiTest
class HealthAndDocsApiTest extends HttpApiTest {

    @Test
    void probesAnswerOnThePythonServicePathsInItsShapesAndActuatorKeepsItsOwn() {
        String[][] expected = {
            {"/health", "healthy"},
            {"/api/v1/health/", "healthy"},
            {"/api/v1/health", "healthy"},
            {"/api/v1/health/ready", "ready"},
            {"/api/v1/health/live", "alive"},
            {"/", "healthy"}
        };
        for (String[] probe : expected) {
            Api.Response response = api.get(probe[0]);
            assertThat(response.status()).as(probe[0]).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(probe[0]).isEqualTo(probe[1]);
            assertThat(response.json().get("service").asString()).as(probe[0]).isEqualTo("Order Management Service");
            assertThat(response.json().get("version").asString()).as(probe[0]).isNotBlank();
        }
        assertThat(api.get("/").json().get("docs_url").asString()).isEqualTo("/docs");
        JsonNode ready = api.get("/api/v1/health/ready").json();
        assertThat(ready.get("database").asString()).isEqualTo("connected");
        assertThat(java.time.Instant.parse(ready.get("timestamp").asString())).isNotNull();
        for (String actuator : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Response response = api.get(actuator);
            assertThat(response.status()).as(actuator).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(actuator).isEqualTo("UP");
        }
        assertThat(api.get("/api/v1/health/ready")
                        .json()
                        .get("components")
                        .get("orderStore")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.get("/health").body()).doesNotContain("diskSpace").doesNotContain("/work");
    }

    @Test
    void metricsAndActuatorLinksAreNotPublicAndGetErrorIsNotAServerError() {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(api.get("/actuator").status()).isEqualTo(404);
        Api.Response error = api.get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/livez").status()).isEqualTo(200);
        assertThat(api.get("/readyz").status()).isEqualTo(200);
    }

    @Test
    void noAbsoluteUrlIsBuiltFromTheClientsHostHeader() throws Exception {
        String created = com.ordermanagement.support.RawHttp.exchange(
                port,
                "POST /api/v1/orders HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\n"
                        + "Content-Length: "
                        + com.ordermanagement.support.Orders.order("host-check", 1, "1.00")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                                .length
                        + "\r\nConnection: close\r\n\r\n",
                com.ordermanagement.support.Orders.order("host-check", 1, "1.00")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String docs = com.ordermanagement.support.RawHttp.exchange(
                port, "GET /docs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", new byte[0]);
        String openApi = com.ordermanagement.support.RawHttp.exchange(
                port, "GET /openapi.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", new byte[0]);
        String forwarded = com.ordermanagement.support.RawHttp.exchange(
                port,
                "GET /openapi.json HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                        + "X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n",
                new byte[0]);

        assertThat(created).startsWith("HTTP/1.1 201").containsPattern("(?i)Location: /api/v1/orders/");
        assertThat(created + docs + openApi).doesNotContain("evil.example");
        assertThat(forwarded)
                .as("forwarded headers from a client that is no trusted proxy")
                .doesNotContain("evil");
    }

    @Test
    void theOpenApiDocumentDescribesEveryOrderEndpointInSnakeCase() {
        JsonNode openApi = api.get("/openapi.json").json();
        JsonNode paths = openApi.get("paths");

        assertThat(paths.has("/api/v1/orders")).isTrue();
        assertThat(paths.has("/api/v1/orders/{order_id}")).isTrue();
        assertThat(paths.has("/api/v1/orders/{order_id}/cancel")).isTrue();
        assertThat(paths.has("/api/v1/orders/number/{order_number}")).isTrue();
        assertThat(paths.has("/api/v1/orders/customers/{customer_id}/orders")).isTrue();
        JsonNode create = openApi.get("components")
                .get("schemas")
                .get("CreateOrderRequest")
                .get("properties");
        assertThat(create.has("customer_id")).isTrue();
        assertThat(create.has("billing_address")).isTrue();
        assertThat(openApi.toString()).contains("Premium Widget");
        List<String> dailyParameters = new java.util.ArrayList<>();
        paths.get("/api/v1/analytics/daily")
                .get("get")
                .get("parameters")
                .forEach(parameter -> dailyParameters.add(parameter.get("name").asString()));
        assertThat(dailyParameters).containsExactlyInAnyOrder("start_date", "end_date", "currency");
        assertThat(api.get("/v3/api-docs").json().get("paths")).isEqualTo(paths);
        assertThat(api.get("/api/v1/openapi.json").json().get("paths"))
                .as("the Python service's path")
                .isEqualTo(paths);
    }

    @Test
    void swaggerUiAndRedocAreServedWithoutACdn() {
        Api.Response swagger = api.get("/docs");
        Api.Response redoc = api.get("/redoc");

        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
        assertThat(redoc.status()).isEqualTo(200);
        assertThat(redoc.body()).contains("redoc").doesNotContain("cdn.");
    }
}
