package com.ordermanagement.analytics.service;

import com.ordermanagement.analytics.service.AnalyticsReports.CustomerMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.DailyMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.DailyReport;
import com.ordermanagement.analytics.service.AnalyticsReports.Period;
import com.ordermanagement.analytics.service.AnalyticsReports.RevenueMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.StatusMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.StatusReport;
import com.ordermanagement.analytics.service.AnalyticsReports.SummaryReport;
import com.ordermanagement.analytics.service.AnalyticsReports.TopCustomersReport;
import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Business figures from the aggregates of {@link AnalyticsQueries}: gap-filled days, averages,
 * percentages, growth. Revenue excludes cancelled and refunded orders; the status breakdown counts
 * every order. Days are UTC days; one currency at a time.
 */
@Service
public class AnalyticsService {

    static final int SUMMARY_TOP_CUSTOMERS = 5;

    private final AnalyticsQueries queries;
    private final ReportPeriods periods;

    public AnalyticsService(AnalyticsQueries queries, ReportPeriods periods) {
        this.queries = queries;
        this.periods = periods;
    }

    public DailyReport daily(ReportPeriod period, String currency) {
        return daily(periods.resolve(period), currency);
    }

    public StatusReport statusBreakdown(ReportPeriod period, String currency) {
        return statusBreakdown(periods.resolve(period), currency);
    }

    public TopCustomersReport topCustomers(ReportPeriod period, String currency, int limit) {
        return topCustomers(periods.resolve(period), currency, limit);
    }

    public SummaryReport summary(ReportPeriod period, String currency) {
        return summary(periods.resolve(period), currency);
    }

    public CustomerMetrics customer(String customerId, ReportPeriod period, String currency) {
        return customer(customerId, periods.resolve(period), currency);
    }

    DailyReport daily(DayRange range, String currency) {
        List<DailyMetrics> metrics = gapFilled(range, currency);
        return new DailyReport(metrics, summarise(range, metrics, currency), metrics.size());
    }

    /** One aggregate answers both the breakdown and the revenue (the statuses that count as revenue). */
    StatusReport statusBreakdown(DayRange range, String currency) {
        List<StatusTotals> totals = queries.statusBreakdown(range, currency);
        List<StatusMetrics> statuses = statusMetrics(totals);
        long orders = statuses.stream().mapToLong(StatusMetrics::count).sum();
        BigDecimal revenue = Rounding.cents(totals.stream()
                .filter(status -> status.status().countsAsRevenue())
                .map(StatusTotals::totalValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new StatusReport(statuses, period(range), orders, revenue);
    }

    TopCustomersReport topCustomers(DayRange range, String currency, int limit) {
        return new TopCustomersReport(customers(range, currency, limit), period(range), limit);
    }

    /**
     * Three aggregates: days of this and the previous period in one (they are adjacent), the status
     * breakdown, and the top customers.
     */
    SummaryReport summary(DayRange range, String currency) {
        DayRange previous = range.previous();
        List<DailyMetrics> bothPeriods = gapFilled(new DayRange(previous.start(), range.end()), currency);
        int split = (int) previous.days();
        List<DailyMetrics> trend = List.copyOf(bothPeriods.subList(split, bothPeriods.size()));
        RevenueMetrics revenue = summarise(range, trend, currency);
        BigDecimal previousRevenue = revenueOf(bothPeriods.subList(0, split));
        return new SummaryReport(
                period(range),
                revenue,
                statusMetrics(queries.statusBreakdown(range, currency)),
                trend,
                customers(range, currency, SUMMARY_TOP_CUSTOMERS),
                Rounding.growth(revenue.totalRevenue(), previousRevenue),
                best(trend, Comparator.comparingLong(DailyMetrics::orderCount)),
                best(trend, Comparator.comparing(DailyMetrics::totalRevenue)));
    }

    /**
     * One customer's figures; a customer without revenue orders in the range gets zeros, an empty
     * email and no dates, as from the Python service (which does not tell unknown customers apart).
     */
    CustomerMetrics customer(String customerId, DayRange range, String currency) {
        return queries.customer(customerId, range, currency)
                .map(AnalyticsService::toMetrics)
                .orElseGet(() -> new CustomerMetrics(
                        customerId,
                        "",
                        0,
                        Rounding.cents(BigDecimal.ZERO),
                        Rounding.cents(BigDecimal.ZERO),
                        null,
                        null));
    }

    private List<DailyMetrics> gapFilled(DayRange range, String currency) {
        Map<LocalDate, DailyTotals> byDay = new HashMap<>();
        queries.dailyRevenue(range, currency).forEach(day -> byDay.put(day.day(), day));
        List<DailyMetrics> days = new ArrayList<>();
        for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
            DailyTotals totals = byDay.getOrDefault(day, new DailyTotals(day, 0, BigDecimal.ZERO));
            days.add(new DailyMetrics(
                    day,
                    totals.orderCount(),
                    Rounding.cents(totals.revenue()),
                    Rounding.average(totals.revenue(), totals.orderCount()),
                    currency));
        }
        return days;
    }

    private static List<StatusMetrics> statusMetrics(List<StatusTotals> breakdown) {
        List<StatusTotals> totals = breakdown.stream()
                .sorted(Comparator.comparingLong(StatusTotals::orderCount)
                        .reversed()
                        .thenComparing(StatusTotals::status))
                .toList();
        List<BigDecimal> shares = Rounding.percentages(
                totals.stream().map(StatusTotals::orderCount).toList());
        List<StatusMetrics> metrics = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            StatusTotals status = totals.get(i);
            metrics.add(new StatusMetrics(
                    status.status().wireName(),
                    status.orderCount(),
                    Rounding.cents(status.totalValue()),
                    shares.get(i)));
        }
        return metrics;
    }

    private List<CustomerMetrics> customers(DayRange range, String currency, int limit) {
        return queries.topCustomers(range, currency, limit).stream()
                .map(AnalyticsService::toMetrics)
                .toList();
    }

    private static RevenueMetrics summarise(DayRange range, List<DailyMetrics> days, String currency) {
        long orders = days.stream().mapToLong(DailyMetrics::orderCount).sum();
        BigDecimal revenue = revenueOf(days);
        return new RevenueMetrics(
                range.start(), range.end(), revenue, orders, Rounding.average(revenue, orders), currency);
    }

    private static BigDecimal revenueOf(List<DailyMetrics> days) {
        return Rounding.cents(days.stream().map(DailyMetrics::totalRevenue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The first day with the highest value, or null when no day has any order. */
    private static LocalDate best(List<DailyMetrics> days, Comparator<DailyMetrics> by) {
        DailyMetrics best = null;
        for (DailyMetrics day : days) {
            if (day.orderCount() > 0 && (best == null || by.compare(day, best) > 0)) {
                best = day;
            }
        }
        return best == null ? null : best.date();
    }

    private static CustomerMetrics toMetrics(CustomerTotals totals) {
        return new CustomerMetrics(
                totals.customerId(),
                totals.customerEmail(),
                totals.orderCount(),
                Rounding.cents(totals.totalSpent()),
                Rounding.average(totals.totalSpent(), totals.orderCount()),
                totals.firstOrderAt(),
                totals.lastOrderAt());
    }

    static Period period(DayRange range) {
        return new Period(range.start(), range.end());
    }
}
