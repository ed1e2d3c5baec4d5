package com.ordermanagement.analytics.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Python service's analytics shapes, so its dashboards keep working. */
public final class AnalyticsReports {

    private AnalyticsReports() {}

    public record DailyMetrics(
            LocalDate date, long orderCount, BigDecimal totalRevenue, BigDecimal averageOrderValue, String currency) {}

    public record RevenueMetrics(
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal totalRevenue,
            long totalOrders,
            BigDecimal averageOrderValue,
            String currency) {}

    public record StatusMetrics(String status, long count, BigDecimal totalValue, BigDecimal percentage) {}

    public record CustomerMetrics(
            String customerId,
            String customerEmail,
            long totalOrders,
            BigDecimal totalSpent,
            BigDecimal averageOrderValue,
            @Nullable Instant firstOrderDate,
            @Nullable Instant lastOrderDate) {}

    public record Period(LocalDate startDate, LocalDate endDate) {}

    public record DailyReport(List<DailyMetrics> metrics, RevenueMetrics periodSummary, long totalDays) {}

    public record StatusReport(
            List<StatusMetrics> statusMetrics, Period period, long totalOrders, BigDecimal totalRevenue) {}

    public record TopCustomersReport(List<CustomerMetrics> customers, Period period, int limit) {}

    public record SummaryReport(
            Period period,
            RevenueMetrics revenueMetrics,
            List<StatusMetrics> statusBreakdown,
            List<DailyMetrics> dailyTrend,
            List<CustomerMetrics> topCustomers,
            @Nullable BigDecimal growthRate,
            @Nullable LocalDate busiestDay,
            @Nullable LocalDate highestRevenueDay) {}
}
