package com.ordermanagement.analytics.store.cosmos;

import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.order.domain.OrderStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregate SQL behind analytics. Days are grouped on {@code SUBSTRING(c.created_at, 0, 10)}, which
 * documents of the Python service have too (they lack our {@code created_day} field). Ranges compare
 * the ISO text: {@code created_at >= "2026-01-01"} and {@code < "2026-02-01"} select January whether or
 * not a timestamp carries an offset. Every value is a parameter.
 */
public final class AnalyticsSql {

    /** Statuses that never count as revenue. */
    static final List<String> NOT_REVENUE = Arrays.stream(OrderStatus.values())
            .filter(status -> !status.countsAsRevenue())
            .map(OrderStatus::wireName)
            .toList();

    private AnalyticsSql() {}

    public static SqlQuerySpec dailyRevenue(DayRange range, String currency) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = orders(range, currency, parameters) + revenueOnly(parameters);
        return new SqlQuerySpec(
                "SELECT SUBSTRING(c.created_at, 0, 10) AS day, COUNT(1) AS order_count, SUM(c.total_amount) AS total"
                        + " FROM c WHERE " + where + " GROUP BY SUBSTRING(c.created_at, 0, 10)",
                parameters);
    }

    public static SqlQuerySpec statusBreakdown(DayRange range, String currency) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = orders(range, currency, parameters);
        return new SqlQuerySpec(
                "SELECT c.status AS status, COUNT(1) AS order_count, SUM(c.total_amount) AS total" + " FROM c WHERE "
                        + where + " GROUP BY c.status",
                parameters);
    }

    /** Spend per customer; Cosmos cannot order a GROUP BY, so the caller ranks the groups. */
    public static SqlQuerySpec spendByCustomer(DayRange range, String currency) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = orders(range, currency, parameters) + revenueOnly(parameters);
        return new SqlQuerySpec(
                "SELECT c.customer_id AS customer_id, COUNT(1) AS order_count, SUM(c.total_amount) AS total,"
                        + " MIN(c.created_at) AS first_order, MAX(c.created_at) AS last_order"
                        + " FROM c WHERE " + where + " GROUP BY c.customer_id",
                parameters);
    }

    /** One customer's spend, within the customer's partition; a null range means all time. */
    public static SqlQuerySpec customerSpend(String customerId, DayRange range, String currency) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = customerRevenue(customerId, range, currency, parameters);
        return new SqlQuerySpec(
                "SELECT COUNT(1) AS order_count, SUM(c.total_amount) AS total,"
                        + " MIN(c.created_at) AS first_order, MAX(c.created_at) AS last_order FROM c WHERE " + where,
                parameters);
    }

    /**
     * The emails the given customers used on revenue orders in the range, each with the time it was last
     * used, so that one query (not one per customer) finds every customer's latest email. Customers are
     * partition values, which lets Cosmos DB read only their partitions; each one is a parameter.
     */
    public static SqlQuerySpec latestEmails(List<String> customerIds, DayRange range, String currency) {
        List<SqlParameter> parameters = new ArrayList<>();
        String where = orders(range, currency, parameters) + revenueOnly(parameters);
        StringBuilder customers = new StringBuilder();
        for (int i = 0; i < customerIds.size(); i++) {
            customers.append(i == 0 ? "@customer" : ", @customer").append(i);
            parameters.add(new SqlParameter("@customer" + i, customerIds.get(i)));
        }
        return new SqlQuerySpec(
                "SELECT c.customer_id AS customer_id, c.customer_email AS email, MAX(c.created_at) AS last_used"
                        + " FROM c WHERE " + where + " AND c.partitionKey IN (" + customers + ")"
                        + " GROUP BY c.customer_id, c.customer_email",
                parameters);
    }

    /** One customer's revenue orders, in its partition. */
    private static String customerRevenue(
            String customerId, DayRange range, String currency, List<SqlParameter> parameters) {
        String where =
                orders(range, currency, parameters) + revenueOnly(parameters) + " AND c.partitionKey = @customerId";
        parameters.add(new SqlParameter("@customerId", customerId));
        return where;
    }

    private static String orders(DayRange range, String currency, List<SqlParameter> parameters) {
        StringBuilder where = new StringBuilder("c.type = @type AND c.currency = @currency");
        parameters.add(new SqlParameter("@type", "order"));
        parameters.add(new SqlParameter("@currency", currency));
        if (range != null) {
            where.append(" AND c.created_at >= @from AND c.created_at < @until");
            parameters.add(new SqlParameter("@from", range.start().toString()));
            parameters.add(new SqlParameter("@until", range.end().plusDays(1).toString()));
        }
        return where.toString();
    }

    private static String revenueOnly(List<SqlParameter> parameters) {
        parameters.add(new SqlParameter("@notRevenue", NOT_REVENUE));
        return " AND NOT ARRAY_CONTAINS(@notRevenue, c.status)";
    }
}
