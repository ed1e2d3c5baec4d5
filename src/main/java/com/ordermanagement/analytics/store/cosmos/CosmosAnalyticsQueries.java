package com.ordermanagement.analytics.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlQuerySpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.cosmos.CosmosTimestamps;
import com.ordermanagement.order.domain.OrderStatus;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analytics as Cosmos DB SQL aggregates run through the SDK container (Spring Data cannot map GROUP
 * BY rows, azure-sdk-for-java#43912). Aggregated rows come back, never orders. Cosmos sums numbers
 * as doubles, so each sum is rounded back to cents, half-even. The request units of every query are
 * recorded ({@code cosmos.analytics.request.units}, tagged with the query), so the cost of each report
 * shows in Prometheus.
 */
public class CosmosAnalyticsQueries implements AnalyticsQueries {

    private final CosmosAsyncContainer container;
    private final CosmosTimeBudget budget;
    private final MeterRegistry meters;
    /** One summary per query, looked up once (as OrderMetrics does), not registered on every call. */
    private final Map<String, DistributionSummary> requestUnits = new ConcurrentHashMap<>();

    public CosmosAnalyticsQueries(CosmosAsyncContainer container, CosmosTimeBudget budget, MeterRegistry meters) {
        this.container = container;
        this.budget = budget;
        this.meters = meters;
    }

    CosmosAnalyticsQueries(CosmosAsyncContainer container, CosmosTimeBudget budget) {
        this(container, budget, new SimpleMeterRegistry());
    }

    @Override
    public List<DailyTotals> dailyRevenue(DayRange range, String currency) {
        List<DailyTotals> days = new ArrayList<>();
        for (JsonNode row : rows("daily_revenue", AnalyticsSql.dailyRevenue(range, currency), null)) {
            days.add(new DailyTotals(LocalDate.parse(row.get("day").asText()), count(row), money(row.get("total"))));
        }
        return days;
    }

    @Override
    public List<StatusTotals> statusBreakdown(DayRange range, String currency) {
        List<StatusTotals> statuses = new ArrayList<>();
        for (JsonNode row : rows("status_breakdown", AnalyticsSql.statusBreakdown(range, currency), null)) {
            statuses.add(new StatusTotals(
                    OrderStatus.fromWireName(row.get("status").asText()), count(row), money(row.get("total"))));
        }
        return statuses;
    }

    /** Two queries whatever the limit: the spend of every customer, then the emails of the winners. */
    @Override
    public List<CustomerTotals> topCustomers(DayRange range, String currency, int limit) {
        List<CustomerTotals> ranked = new ArrayList<>();
        for (JsonNode row : rows("spend_by_customer", AnalyticsSql.spendByCustomer(range, currency), null)) {
            ranked.add(totals(row.get("customer_id").asText(), row, null));
        }
        ranked.sort(
                Comparator.comparing(CustomerTotals::totalSpent).reversed().thenComparing(CustomerTotals::customerId));
        List<CustomerTotals> top = ranked.stream().limit(limit).toList();
        Map<String, String> emails =
                latestEmails(top.stream().map(CustomerTotals::customerId).toList(), range, currency, null);
        return top.stream()
                .map(customer -> totals(customer, emails.get(customer.customerId())))
                .toList();
    }

    @Override
    public Optional<CustomerTotals> customer(String customerId, DayRange range, String currency) {
        List<JsonNode> rows =
                rows("customer_spend", AnalyticsSql.customerSpend(customerId, range, currency), customerId);
        if (rows.isEmpty() || count(rows.get(0)) == 0) {
            return Optional.empty();
        }
        String email =
                latestEmails(List.of(customerId), range, currency, customerId).get(customerId);
        return Optional.of(totals(customerId, rows.get(0), email));
    }

    /** Each customer's email on its latest revenue order in the range. */
    private Map<String, String> latestEmails(
            List<String> customerIds, DayRange range, String currency, String partition) {
        Map<String, String> emails = new HashMap<>();
        if (customerIds.isEmpty()) {
            return emails;
        }
        Map<String, String> lastUsed = new HashMap<>();
        for (JsonNode row : rows("latest_emails", AnalyticsSql.latestEmails(customerIds, range, currency), partition)) {
            String customer = row.path("customer_id").asText();
            String used = row.path("last_used").asText("");
            if (!row.path("email").isTextual()) {
                continue;
            }
            if (!lastUsed.containsKey(customer) || used.compareTo(lastUsed.get(customer)) > 0) {
                lastUsed.put(customer, used);
                emails.put(customer, row.get("email").asText());
            }
        }
        return emails;
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

    private List<JsonNode> rows(String query, SqlQuerySpec spec, String partition) {
        CosmosQueryRequestOptions options = budget.queryOptions();
        if (partition != null) {
            options.setPartitionKey(new PartitionKey(partition));
        }
        try {
            List<FeedResponse<JsonNode>> pages = budget.await(
                    container.queryItems(spec, options, JsonNode.class).byPage().collectList());
            List<JsonNode> rows = new ArrayList<>();
            double charge = 0;
            for (FeedResponse<JsonNode> page : pages == null ? List.<FeedResponse<JsonNode>>of() : pages) {
                rows.addAll(page.getResults());
                charge += page.getRequestCharge();
            }
            requestUnitsOf(query).record(charge);
            return rows;
        } catch (RuntimeException e) {
            // Throttled, unavailable or timed out: a 503 with Retry-After, as for orders; refused: a 400.
            throw CosmosErrors.translateQuery(e);
        }
    }

    private DistributionSummary requestUnitsOf(String query) {
        return requestUnits.computeIfAbsent(
                query,
                name -> DistributionSummary.builder("cosmos.analytics.request.units")
                        .description("Request units one analytics query cost")
                        .baseUnit("request_units")
                        .tag("query", name)
                        .register(meters));
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
