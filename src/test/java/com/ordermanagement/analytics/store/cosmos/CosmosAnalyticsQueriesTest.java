package com.ordermanagement.analytics.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.SqlQuerySpec;
import com.azure.cosmos.util.CosmosPagedFlux;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.order.domain.OrderStatus;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** How aggregate rows, as Cosmos DB returns them, become analytics figures. */
class CosmosAnalyticsQueriesTest {

    private static final DayRange MARCH = new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CosmosAsyncContainer container = mock(CosmosAsyncContainer.class);
    private final Map<String, String> rowsByQueryStart = new java.util.LinkedHashMap<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CosmosAnalyticsQueries queries =
            new CosmosAnalyticsQueries(container, new CosmosTimeBudget(Duration.ofSeconds(5)), meters);

    @BeforeEach
    void scriptedContainer() {
        given(container.queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class)))
                .willAnswer(call -> {
                    SqlQuerySpec spec = call.getArgument(0);
                    CosmosQueryRequestOptions options = call.getArgument(1);
                    String partition = options.getPartitionKey() == null
                            ? ""
                            : options.getPartitionKey().toString();
                    return flux(rowsByQueryStart.entrySet().stream()
                            .filter(script ->
                                    spec.getQueryText().contains(script.getKey().split("\\|")[0])
                                            && script.getKey()
                                                    .substring(script.getKey().indexOf('|') + 1)
                                                    .equals(partition))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("[]"));
                });
    }

    @Test
    void aThrottledOrUnavailableCosmosIsAStoreFailureWithRetryAfterNotAnInternalError() {
        for (int status : new int[] {429, 503, 408}) {
            given(container.queryItems(
                            any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class)))
                    .willThrow(com.azure.cosmos.BridgeInternal.createCosmosException(status));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> queries.dailyRevenue(MARCH, "USD"))
                    .as("Cosmos answered " + status)
                    .isInstanceOf(com.ordermanagement.common.store.StoreUnavailableException.class);
        }
    }

    @Test
    void aQueryCosmosRefusesIsTheClientsBadRequestNotAnInternalError() {
        given(container.queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class)))
                .willThrow(com.azure.cosmos.BridgeInternal.createCosmosException(400));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queries.statusBreakdown(MARCH, "USD"))
                .isInstanceOf(com.ordermanagement.common.store.StoreRejectedQueryException.class);
    }

    @Test
    void dailyRowsBecomeTotalsWithDoubleNoiseRoundedToCents() {
        script(
                "SUBSTRING(c.created_at, 0, 10) AS day",
                null,
                "[{\"day\": \"2026-03-02\", \"order_count\": 3, \"total\": 20.250000000000004}]");

        List<DailyTotals> days = queries.dailyRevenue(MARCH, "USD");

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(day.orderCount()).isEqualTo(3);
            assertThat(day.revenue()).hasToString("20.25");
        });
    }

    @Test
    void statusRowsBecomeStatusTotals() {
        script(
                "c.status AS status",
                null,
                "[{\"status\": \"shipped\", \"order_count\": 2, \"total\": 30},"
                        + " {\"status\": \"cancelled\", \"order_count\": 1, \"total\": 5.5}]");

        List<StatusTotals> statuses = queries.statusBreakdown(MARCH, "USD");

        assertThat(statuses)
                .extracting(StatusTotals::status)
                .containsExactly(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
        assertThat(statuses.get(1).totalValue()).hasToString("5.50");
    }

    @Test
    void customerGroupsAreRankedHereAndTheWinnersGetTheirLatestEmail() {
        script(
                "SELECT c.customer_id AS customer_id, COUNT(1)",
                null,
                "[{\"customer_id\": \"small\", \"order_count\": 1, \"total\": 1.0, \"first_order\": \"2026-03-01T10:00:00\","
                        + " \"last_order\": \"2026-03-01T10:00:00\"},"
                        + " {\"customer_id\": \"big\", \"order_count\": 2, \"total\": 99.99,"
                        + " \"first_order\": \"2026-03-02T10:00:00.000000Z\", \"last_order\": \"2026-03-05T10:00:00.000000Z\"},"
                        + " {\"customer_id\": \"alsobig\", \"order_count\": 5, \"total\": 99.99,"
                        + " \"first_order\": \"2026-03-02T10:00:00Z\", \"last_order\": \"2026-03-02T11:00:00Z\"}]");
        script(
                "c.customer_email AS email",
                null,
                "[{\"customer_id\": \"big\", \"email\": \"old@example.com\", \"last_used\": \"2026-03-02T10:00:00Z\"},"
                        + " {\"customer_id\": \"big\", \"email\": \"big@example.com\", \"last_used\": \"2026-03-05T10:00:00Z\"},"
                        + " {\"customer_id\": \"alsobig\", \"email\": \"also@example.com\", \"last_used\": \"2026-03-02T11:00:00Z\"}]");

        List<CustomerTotals> top = queries.topCustomers(MARCH, "USD", 2);

        assertThat(top).extracting(CustomerTotals::customerId).containsExactly("alsobig", "big");
        assertThat(top.get(1).customerEmail()).as("the email last used").isEqualTo("big@example.com");
        assertThat(top.get(0).customerEmail()).isEqualTo("also@example.com");
        verify(container, times(2))
                .queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class));
        assertThat(top.get(1).firstOrderAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(top.get(1).lastOrderAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    }

    @Test
    void oneCustomerIsReadInItsPartitionAndIsAbsentWithoutOrders() {
        script(
                "SELECT COUNT(1) AS order_count",
                "cust-1",
                "[{\"order_count\": 2, \"total\": 70.0, \"first_order\": \"2026-02-20T12:00:00\","
                        + " \"last_order\": \"2026-03-02T00:00:00\"}]");
        script(
                "c.customer_email AS email",
                "cust-1",
                "[{\"customer_id\": \"cust-1\", \"email\": \"a@example.com\", \"last_used\": \"2026-03-02T00:00:00\"}]");
        script("SELECT COUNT(1) AS order_count", "cust-2", "[{\"order_count\": 0}]");

        CustomerTotals customer = queries.customer("cust-1", null, "USD").orElseThrow();

        assertThat(customer.totalSpent()).hasToString("70.00");
        assertThat(customer.customerEmail()).isEqualTo("a@example.com");
        assertThat(customer.firstOrderAt()).isEqualTo(Instant.parse("2026-02-20T12:00:00Z"));
        assertThat(queries.customer("cust-2", null, "USD")).isEmpty();
        assertThat(queries.customer("cust-3", MARCH, "USD")).isEmpty();
    }

    @Test
    void everyQueryRecordsTheRequestUnitsItCost() {
        queries.dailyRevenue(MARCH, "USD");
        queries.statusBreakdown(MARCH, "USD");

        DistributionSummary daily = meters.get("cosmos.analytics.request.units")
                .tag("query", "daily_revenue")
                .summary();
        assertThat(daily.count()).isEqualTo(1);
        assertThat(daily.totalAmount()).isEqualTo(2.5);
        assertThat(meters.get("cosmos.analytics.request.units")
                        .tag("query", "status_breakdown")
                        .summary()
                        .count())
                .isEqualTo(1);
    }

    private void script(String queryStart, String partition, String rows) {
        String key = queryStart + "|" + (partition == null ? "" : new com.azure.cosmos.models.PartitionKey(partition));
        rowsByQueryStart.put(key, rows);
    }

    private static CosmosPagedFlux<JsonNode> flux(String rows) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(rows).forEach(nodes::add);
        @SuppressWarnings("unchecked")
        CosmosPagedFlux<JsonNode> flux = mock(CosmosPagedFlux.class);
        given(flux.byPage())
                .willReturn(Flux.just(com.azure.cosmos.models.ModelBridgeInternal.createFeedResponse(
                        nodes, Map.of("x-ms-request-charge", "2.5"))));
        return flux;
    }
}
