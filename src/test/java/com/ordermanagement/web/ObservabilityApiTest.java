package com.ordermanagement.web;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** JSON log lines with correlation ids, and the business metrics in Prometheus, after real requests. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "log-format=json",
            "rate-limit.enabled=false",
            "management.endpoints.web.exposure.include=health,prometheus"
        })
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityApiTest extends HttpApiTest {

    @Test
    void everyLogLineOfARequestIsJsonAndCarriesOurIdBesideTheClientsOne(CapturedOutput output) {
        Api.Response response = api.get("/api/v1/orders/missing?customer_id=someone", "X-Request-ID", "trace-4711");

        assertThat(response.header("X-Request-ID")).isEqualTo("trace-4711");
        List<JsonNode> lines = output.getOut()
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(Api::parse)
                .filter(line -> line.has("client_request_id")
                        && line.get("client_request_id").asString().equals("trace-4711"))
                .toList();
        assertThat(lines)
                .allSatisfy(
                        line -> assertThat(line.get("request_id").asString()).matches("[0-9a-f-]{36}"));
        assertThat(lines).isNotEmpty();
        JsonNode access = lines.stream()
                .filter(line -> line.get("log").get("logger").asString().equals("access"))
                .findFirst()
                .orElseThrow();
        assertThat(access.get("message").asString())
                .matches("GET /api/v1/orders/\\{order_id} 404 \\d+ms client=(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)");
        assertThat(access.get("message").asString()).doesNotContain("someone");
        assertThat(access.get("@timestamp").asString()).isNotBlank();
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByAFreshOne() {
        Api.Response none = api.get("/api/v1/orders");
        Api.Response unsafe = api.get("/api/v1/orders", "X-Request-ID", "bad id\twith spaces");

        assertThat(none.header("X-Request-ID")).matches("[0-9a-f-]{36}");
        assertThat(unsafe.header("X-Request-ID")).matches("[0-9a-f-]{36}");
    }

    @Test
    void prometheusShowsBusinessAndHttpMetricsAfterRealRequests() {
        String created = api.post("/api/v1/orders", order("metrics-1", 2, "12.50", "\"currency\": \"EUR\""))
                .json()
                .get("id")
                .asString();
        api.post("/api/v1/orders/" + created + "/cancel?customer_id=metrics-1", null);

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("orders_placed_total\\{[^}]*currency=\"EUR\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("orders_cancelled_total\\{[^}]*currency=\"EUR\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("orders_value_count\\{[^}]*currency=\"EUR\"[^}]*} [1-9]");
        assertThat(metrics).contains("http_server_requests_seconds_count");
        assertThat(metrics).contains("http_rate_limit_rejections_total");
    }
}
