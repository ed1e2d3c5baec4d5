package com.ordermanagement.analytics.api;

import com.ordermanagement.analytics.service.AnalyticsReports.CustomerMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.DailyReport;
import com.ordermanagement.analytics.service.AnalyticsReports.StatusReport;
import com.ordermanagement.analytics.service.AnalyticsReports.SummaryReport;
import com.ordermanagement.analytics.service.AnalyticsReports.TopCustomersReport;
import com.ordermanagement.analytics.service.AnalyticsService;
import com.ordermanagement.common.validation.CurrencyCode;
import com.ordermanagement.common.validation.ExternalId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Analytics",
        description = "Business figures in UTC days and one currency at a time. Revenue, order counts, averages,"
                + " customer spend and growth exclude cancelled and refunded orders; the status breakdown counts"
                + " every order. Averages, growth and percentages are rounded once, half-even, to two decimals;"
                + " status percentages add up to exactly 100.00. Dates are YYYY-MM-DD between 2000 and 2100;"
                + " ranges end today at the latest and span at most ten years.")
public class AnalyticsController {

    private final AnalyticsService analytics;

    public AnalyticsController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/daily")
    @Operation(
            summary = "Daily revenue and orders",
            description = "Every day of the range, zeros where none. Default: the 30 days ending today.")
    public DailyReport daily(
            @Parameter(example = "2026-01-01")
                    @RequestParam(name = "start_date", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @Parameter(example = "2026-01-31")
                    @RequestParam(name = "end_date", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.daily(analytics.range(startDate, endDate, 30), currency);
    }

    @GetMapping("/orders/status")
    @Operation(summary = "Orders by status", description = "Counts every status. Default: the 30 days ending today.")
    public StatusReport orderStatus(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.statusBreakdown(analytics.range(startDate, endDate, 30), currency);
    }

    @GetMapping("/customers/top")
    @Operation(
            summary = "Top customers by spend",
            description = "Highest spend first. Default: the 30 days ending today.")
    public TopCustomersReport topCustomers(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.topCustomers(analytics.range(startDate, endDate, 30), currency, limit);
    }

    @GetMapping("/summary")
    @Operation(
            summary = "Dashboard summary",
            description = "Revenue, status mix, daily trend, top five customers, busiest and highest-revenue day,"
                    + " and growth in percent versus the previous period of equal length (null when that period"
                    + " had no revenue). Default: the current month to date; with only end_date, from the 1st"
                    + " of its month.")
    public SummaryReport summary(
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.summary(analytics.monthToDate(startDate, endDate), currency);
    }

    @GetMapping("/revenue/trends")
    @Operation(summary = "Revenue trend", description = "Daily report of the given number of days ending today.")
    public DailyReport revenueTrends(
            @RequestParam(defaultValue = "30") @Min(1) @Max(365) int days,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.daily(analytics.lastDays(days), currency);
    }

    @GetMapping("/customers/{customer_id}")
    @Operation(
            summary = "One customer's figures",
            description = "Default: the twelve months ending today. A customer without revenue orders in the"
                    + " range gets zeros, an empty email and null dates.")
    public CustomerMetrics customer(
            @PathVariable("customer_id") @ExternalId String customerId,
            @RequestParam(name = "start_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startDate,
            @RequestParam(name = "end_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endDate,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.customer(customerId, analytics.lastYear(startDate, endDate), currency);
    }

    @GetMapping("/quick/today")
    @Operation(summary = "Today's daily report")
    public DailyReport today(@RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.daily(analytics.lastDays(1), currency);
    }

    @GetMapping("/quick/week")
    @Operation(summary = "Daily report of the last 7 days")
    public DailyReport week(@RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.daily(analytics.lastDays(7), currency);
    }

    @GetMapping("/quick/month")
    @Operation(summary = "Summary of the current month to date")
    public SummaryReport month(@RequestParam(defaultValue = "USD") @CurrencyCode String currency) {
        return analytics.summary(analytics.monthToDate(null, null), currency);
    }
}
