package com.ordermanagement.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class HealthAndDocsApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void probesAnswerUpOnThePythonServicePaths() {
        for (String path : new String[] {"/health", "/api/v1/health/ready", "/api/v1/health/live"}) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().get("status").asString()).as(path).isEqualTo("UP");
        }
        assertThat(api.get("/api/v1/health/ready")
                        .json()
                        .get("components")
                        .get("orderStore")
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.get("/health").body()).doesNotContain("diskSpace").doesNotContain("/work");
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
        assertThat(api.get("/v3/api-docs").json().get("paths")).isEqualTo(paths);
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
