package com.ordermanagement.analytics.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.ordermanagement.analytics.store.DayRange;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsSqlTest {

    private static final DayRange JANUARY = new DayRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"));
    private static final String ORDERS_IN_JANUARY =
            "c.type = @type AND c.currency = @currency AND c.created_at >= @from AND c.created_at < @until";

    @Test
    void dailyRevenueGroupsOnTheUtcDayOfCreatedAtAndExcludesCancelledAndRefunded() {
        SqlQuerySpec spec = AnalyticsSql.dailyRevenue(JANUARY, "USD");

        assertThat(spec.getQueryText())
                .isEqualTo("SELECT SUBSTRING(c.created_at, 0, 10) AS day, COUNT(1) AS order_count,"
                        + " SUM(c.total_amount) AS total FROM c WHERE " + ORDERS_IN_JANUARY
                        + " AND NOT ARRAY_CONTAINS(@notRevenue, c.status) GROUP BY SUBSTRING(c.created_at, 0, 10)");
        assertThat(parameters(spec))
                .containsExactly(
                        Map.entry("@type", "order"),
                        Map.entry("@currency", "USD"),
                        Map.entry("@from", "2026-01-01"),
                        Map.entry("@until", "2026-02-01"),
                        Map.entry("@notRevenue", List.of("cancelled", "refunded")));
    }

    @Test
    void theStatusBreakdownCountsEveryStatus() {
        SqlQuerySpec spec = AnalyticsSql.statusBreakdown(JANUARY, "EUR");

        assertThat(spec.getQueryText())
                .isEqualTo("SELECT c.status AS status, COUNT(1) AS order_count, SUM(c.total_amount) AS total FROM c"
                        + " WHERE " + ORDERS_IN_JANUARY + " GROUP BY c.status");
        assertThat(parameters(spec)).containsEntry("@currency", "EUR").doesNotContainKey("@notRevenue");
    }

    @Test
    void spendPerCustomerIsGroupedAndLeftUnordered() {
        SqlQuerySpec spec = AnalyticsSql.spendByCustomer(JANUARY, "USD");

        assertThat(spec.getQueryText())
                .startsWith(
                        "SELECT c.customer_id AS customer_id, COUNT(1) AS order_count, SUM(c.total_amount) AS total,"
                                + " MIN(c.created_at) AS first_order, MAX(c.created_at) AS last_order FROM c WHERE ")
                .endsWith(" GROUP BY c.customer_id")
                .doesNotContain("ORDER BY");
    }

    @Test
    void oneCustomerAllTimeHasNoDateFilterAndStaysInItsPartition() {
        SqlQuerySpec spend = AnalyticsSql.customerSpend("cust' OR 1=1", null, "USD");
        SqlQuerySpec emails = AnalyticsSql.latestEmails(List.of("cust' OR 1=1", "second"), JANUARY, "USD");

        assertThat(spend.getQueryText())
                .isEqualTo(
                        "SELECT COUNT(1) AS order_count, SUM(c.total_amount) AS total, MIN(c.created_at) AS first_order,"
                                + " MAX(c.created_at) AS last_order FROM c WHERE c.type = @type AND c.currency = @currency"
                                + " AND NOT ARRAY_CONTAINS(@notRevenue, c.status) AND c.partitionKey = @customerId");
        assertThat(parameters(spend))
                .containsEntry("@customerId", "cust' OR 1=1")
                .doesNotContainKey("@from");
        assertThat(emails.getQueryText())
                .startsWith("SELECT c.customer_id AS customer_id, c.customer_email AS email,"
                        + " MAX(c.created_at) AS last_used FROM c WHERE " + ORDERS_IN_JANUARY)
                .endsWith(" AND c.partitionKey IN (@customer0, @customer1) GROUP BY c.customer_id, c.customer_email")
                .doesNotContain("cust'");
        assertThat(parameters(emails))
                .containsEntry("@customer0", "cust' OR 1=1")
                .containsEntry("@customer1", "second");
    }

    private static Map<String, Object> parameters(SqlQuerySpec spec) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SqlParameter parameter : spec.getParameters()) {
            Object value = parameter.getValue(Object.class);
            values.put(
                    parameter.getName(),
                    value instanceof String || value instanceof Number ? value : parameter.getValue(List.class));
        }
        return values;
    }
}
