package com.ordermanagement.web;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ConsoleLines;
import com.ordermanagement.support.HttpApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        List<JsonNode> lines = ConsoleLines.of(output)
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
        assertThat(access.at("/http/request/method").asString()).isEqualTo("GET");
        assertThat(access.at("/url/path").asString()).isEqualTo("/api/v1/orders/{order_id}");
        assertThat(access.at("/http/response/status_code").asInt()).isEqualTo(404);
        assertThat(access.at("/event/duration").asLong())
                .as("nanoseconds, as ECS has it")
                .isPositive();
        assertThat(access.at("/client/address").asString()).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
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
        assertThat(metrics).containsPattern("orders_amount_count\\{[^}]*currency=\"EUR\"[^}]*} [1-9]");
        assertThat(metrics)
                .as("order amounts are a histogram that adds up across instances, not client-side percentiles")
                .containsPattern("orders_amount_bucket\\{[^}]*currency=\"EUR\"[^}]*le=\"50\\.0\"[^}]*} [1-9]")
                .doesNotContain("orders_amount{");
        assertThat(metrics)
                .as("latency histogram buckets for histogram_quantile()")
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/orders\"[^}]*le=\"[0-9.]+\"");
        assertThat(metrics)
                .as("every series names the application")
                .containsPattern("orders_placed_total\\{[^}]*application=\"order-management-service\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*application=\"order-management-service\"");
        assertThat(metrics).contains("http_rate_limit_rejections_total");
    }

    @Test
    void aRequestIsTimedOnceNotFilterByFilter() {
        api.get("/api/v1/orders?customer_id=observed-1");

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/orders\"");
        assertThat(metrics)
                .as("Spring Security's per-filter observations cost 12 % of a GET's CPU"
                        + " (bench/results/performance-notes-issue-18.md)")
                .doesNotContain("spring_security_filterchains");
        assertThat(metrics)
                .as("authorization decisions are still observed")
                .containsPattern("spring_security_authorizations_seconds_count\\{[^}]*} [1-9]");
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesIsExposed() throws Exception {
        String created = api.post("/api/v1/orders", order("dashboard-1", 1, "30.00", "\"currency\": \"EUR\""))
                .json()
                .get("id")
                .asString();
        api.post("/api/v1/orders/" + created + "/cancel?customer_id=dashboard-1", null);
        String metrics = api.get("/actuator/prometheus").body();
        Set<String> exposed = metrics.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(java.util.stream.Collectors.toSet());
        JsonNode dashboard = Api.parse(Files.readString(Path.of("deploy/grafana/order-management-service.json")));
        List<String> expressions = new ArrayList<>();
        dashboard
                .get("panels")
                .forEach(panel -> panel.get("targets")
                        .forEach(target -> expressions.add(target.get("expr").asString())));
        dashboard.at("/templating/list").forEach(variable -> {
            if (variable.has("definition")) {
                expressions.add(variable.get("definition").asString());
            }
        });
        Set<String> queried = new TreeSet<>();
        Matcher selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(String.join("\n", expressions));
        while (selector.find()) {
            queried.add(selector.group(1));
        }

        assertThat(expressions).hasSizeGreaterThan(8).allMatch(expression -> expression.contains("{"));
        assertThat(queried)
                .contains("http_server_requests_seconds_bucket", "orders_amount_bucket", "orders_placed_total");
        assertThat(exposed).containsAll(queried);
    }
}
