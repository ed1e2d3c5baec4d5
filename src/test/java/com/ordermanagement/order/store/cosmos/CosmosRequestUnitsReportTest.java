package com.ordermanagement.order.store.cosmos;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.CosmosEmulator;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Request units per API call, counted from the SDK's own metrics while the service runs on the
 * emulator, and written to {@code target/cosmos-request-units.md} for docs/PERFORMANCE.md. Skipped
 * without Docker; the GitHub Actions emulator job runs it and keeps the file as an artifact.
 */
@Tag("cosmos-emulator")
@Testcontainers(disabledWithoutDocker = true)
class CosmosRequestUnitsReportTest {

    @Test
    void everyEndpointsRequestUnitsAreMeasured() throws Exception {
        ConfigurableApplicationContext service = CosmosEmulator.service();
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
        String customer = "ru-" + UUID.randomUUID();
        Map<String, Double> charges = new LinkedHashMap<>();

        for (int i = 0; i < 30; i++) {
            api.post("/api/v1/orders", order(customer, 1, "10.00"));
        }
        Api.Response created =
                measure(meters, charges, "POST /orders", () -> api.post("/api/v1/orders", order(customer, 2, "5.00")));
        String id = created.json().get("id").asString();
        String number = created.json().get("order_number").asString();
        String path = "/api/v1/orders/" + id + "?customer_id=" + customer;
        measure(meters, charges, "GET /orders/{id}?customer_id", () -> api.get(path));
        measure(meters, charges, "GET /orders/{id} (no customer_id)", () -> api.get("/api/v1/orders/" + id));
        measure(meters, charges, "GET /orders/number/{n}", () -> api.get("/api/v1/orders/number/" + number));
        measure(
                meters,
                charges,
                "GET /orders?customer_id (20)",
                () -> api.get("/api/v1/orders?customer_id=" + customer));
        String next = api.get("/api/v1/orders?customer_id=" + customer)
                .json()
                .get("next_continuation_token")
                .asString();
        measure(
                meters,
                charges,
                "GET /orders?customer_id&continuation_token (no count)",
                () -> api.get("/api/v1/orders?customer_id=" + customer + "&continuation_token=" + next));
        measure(meters, charges, "GET /orders (20, all customers)", () -> api.get("/api/v1/orders"));
        measure(meters, charges, "PUT /orders/{id}", () -> api.put(path, "{\"notes\": \"measured\"}"));
        measure(meters, charges, "POST /orders/{id}/cancel", () -> api.post(path.replace("?", "/cancel?"), null));
        measure(meters, charges, "GET /analytics/daily", () -> api.get("/api/v1/analytics/daily"));
        measure(meters, charges, "GET /analytics/summary", () -> api.get("/api/v1/analytics/summary"));
        measure(meters, charges, "GET /analytics/orders/status", () -> api.get("/api/v1/analytics/orders/status"));
        measure(meters, charges, "GET /analytics/customers/top", () -> api.get("/api/v1/analytics/customers/top"));
        measure(
                meters,
                charges,
                "GET /analytics/customers/{id}",
                () -> api.get("/api/v1/analytics/customers/" + customer));
        measure(meters, charges, "DELETE /orders/{id}", () -> api.delete(path));

        StringBuilder report = new StringBuilder("| call | request units |\n|---|---|\n");
        charges.forEach((call, ru) -> report.append("| ")
                .append(call)
                .append(" | ")
                .append(String.format("%.2f", ru))
                .append(" |\n"));
        Files.writeString(Path.of("target", "cosmos-request-units.md"), report);
        assertThat(charges.get("GET /orders/{id}?customer_id")).isPositive();
    }

    private static Api.Response measure(
            MeterRegistry meters, Map<String, Double> charges, String call, Supplier<Api.Response> request)
            throws IOException {
        double before = totalCharge(meters);
        Api.Response response = request.get();
        assertThat(response.status()).as(call).isLessThan(400);
        charges.put(call, totalCharge(meters) - before);
        return response;
    }

    private static double totalCharge(MeterRegistry meters) {
        return meters.find("cosmos.client.op.RUs").summaries().stream()
                .mapToDouble(DistributionSummary::totalAmount)
                .sum();
    }
}
