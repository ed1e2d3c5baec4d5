package com.ordermanagement.analytics.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlQuerySpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosTimestamps;
import com.ordermanagement.order.domain.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Analytics as Cosmos DB SQL aggregates run through the SDK container (Spring Data cannot map GROUP
 * BY rows, azure-sdk-for-java#43912). Aggregated rows come back, never orders. Cosmos sums numbers
 * as doubles, so each sum is rounded back to cents, half-even.
 */
public class CosmosAnalyticsQueries implements AnalyticsQueries {

    private final CosmosAsyncContainer container;

    public CosmosAnalyticsQueries(CosmosAsyncContainer container) {
        this.container = container;
    }

    @Override
    public List<DailyTotals> dailyRevenue(DayRange range, String currency) {
        List<DailyTotals> days = new ArrayList<>();
        for (JsonNode row : rows(AnalyticsSql.dailyRevenue(range, currency), null)) {
            days.add(new DailyTotals(LocalDate.parse(row.get("day").asText()), count(row), money(row.get("total"))));
        }
        return days;
    }

    @Override
    public List<StatusTotals> statusBreakdown(DayRange range, String currency) {
        List<StatusTotals> statuses = new ArrayList<>();
        for (JsonNode row : rows(AnalyticsSql.statusBreakdown(range, currency), null)) {
            statuses.add(new StatusTotals(
                    OrderStatus.fromWireName(row.get("status").asText()), count(row), money(row.get("total"))));
        }
        return statuses;
    }

    @Override
    public List<CustomerTotals> topCustomers(DayRange range, String currency, int limit) {
        List<CustomerTotals> ranked = new ArrayList<>();
        for (JsonNode row : rows(AnalyticsSql.spendByCustomer(range, currency), null)) {
            ranked.add(totals(row.get("customer_id").asText(), row, null));
        }
        ranked.sort(
                Comparator.comparing(CustomerTotals::totalSpent).reversed().thenComparing(CustomerTotals::customerId));
        return ranked.stream()
                .limit(limit)
                .map(customer -> withEmail(customer, range, currency))
                .toList();
    }

    @Override
    public Optional<CustomerTotals> customer(String customerId, DayRange range, String currency) {
        List<JsonNode> rows = rows(AnalyticsSql.customerSpend(customerId, range, currency), customerId);
        if (rows.isEmpty() || count(rows.get(0)) == 0) {
            return Optional.empty();
        }
        return Optional.of(withEmail(totals(customerId, rows.get(0), null), range, currency));
    }

    private CustomerTotals withEmail(CustomerTotals customer, DayRange range, String currency) {
        List<JsonNode> email =
                rows(AnalyticsSql.latestEmail(customer.customerId(), range, currency), customer.customerId());
        return totals(
                customer,
                email.isEmpty() || email.get(0).isNull() ? null : email.get(0).asText());
    }

    private static CustomerTotals totals(String customerId, JsonNode row, String email) {
        return new CustomerTotals(
                customerId,
                email,
                count(row),
                money(row.get("total")),
                CosmosTimestamps.parse(text(row.get("first_order"))),
                CosmosTimestamps.parse(text(row.get("last_order"))));
    }

    private static CustomerTotals totals(CustomerTotals customer, String email) {
        return new CustomerTotals(
                customer.customerId(),
                email,
                customer.orderCount(),
                customer.totalSpent(),
                customer.firstOrderAt(),
                customer.lastOrderAt());
    }

    private List<JsonNode> rows(SqlQuerySpec spec, String partition) {
        CosmosQueryRequestOptions options = new CosmosQueryRequestOptions();
        if (partition != null) {
            options.setPartitionKey(new PartitionKey(partition));
        }
        try {
            List<JsonNode> rows = container
                    .queryItems(spec, options, JsonNode.class)
                    .collectList()
                    .block();
            return rows == null ? List.of() : rows;
        } catch (RuntimeException e) {
            // Throttled, unavailable or timed out: a 503 with Retry-After, as for orders.
            throw CosmosErrors.translate(e);
        }
    }

    private static long count(JsonNode row) {
        JsonNode count = row.get("order_count");
        return count == null ? 0 : count.asLong();
    }

    static BigDecimal money(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return value.decimalValue().setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
