package com.ordermanagement.analytics.api;

import com.ordermanagement.analytics.service.AnalyticsReports.CustomerMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.DailyReport;
import com.ordermanagement.analytics.service.AnalyticsReports.StatusReport;
import com.ordermanagement.analytics.service.AnalyticsReports.SummaryReport;
import com.ordermanagement.analytics.service.AnalyticsReports.TopCustomersReport;
import com.ordermanagement.common.validation.CurrencyCode;
import com.ordermanagement.common.validation.ExternalId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analytics endpoints: their paths, parameters and documentation. {@link AnalyticsController}
 * implements them, so the handler code reads without the OpenAPI annotations around it.
 */
@RequestMapping(path = "/api/v1/analytics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Analytics",
        description = "Business figures in UTC days and one currency at a time. Revenue, order counts, averages,"
                + " customer spend and growth exclude cancelled and refunded orders; the status breakdown counts"
                + " every order. Averages, growth and percentages are rounded once, half-even, to two decimals;"
                + " status percentages add up to exactly 100.00. Dates are YYYY-MM-DD between 2000 and 2100;"
                + " ranges end today at the latest and span at most ten years.")
@SecurityRequirement(name = "bearer", scopes = "analytics:read")
public interface AnalyticsApi {

    @GetMapping("/daily")
    @Operation(
            operationId = "getDailyReport",
            summary = "Daily revenue and orders",
            description = "Every day of the range, zeros where none. Default: the 30 days ending today.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, outside 2000-2100, in the future, after end_date, or a range over ten years",
            ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "200", description = "Every day of the range, with the period's totals")
    DailyReport daily(
            @ParameterObject @ModelAttribute ReportDates dates,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/orders/status")
    @Operation(
            operationId = "getOrderStatusReport",
            summary = "Orders by status",
            description = "Counts every status. Default: the 30 days ending today.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, outside 2000-2100, in the future, after end_date, or a range over ten years",
            ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "200", description = "Orders and value by status, most orders first")
    StatusReport orderStatus(
            @ParameterObject @ModelAttribute ReportDates dates,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/customers/top")
    @Operation(
            operationId = "getTopCustomers",
            summary = "Top customers by spend",
            description = "Highest spend first. Default: the 30 days ending today.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, outside 2000-2100, in the future, after end_date, or a range over ten years",
            ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "200", description = "Customers by spend, highest first")
    TopCustomersReport topCustomers(
            @ParameterObject @ModelAttribute ReportDates dates,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/summary")
    @Operation(
            operationId = "getSummaryReport",
            summary = "Dashboard summary",
            description = "Revenue, status mix, daily trend, top five customers, busiest and highest-revenue day,"
                    + " and growth in percent versus the previous period of equal length (null when that period"
                    + " had no revenue). Default: the current month to date; with only end_date, from the 1st"
                    + " of its month.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, outside 2000-2100, in the future, after end_date, or a range over ten years",
            ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "200", description = "The period's summary")
    SummaryReport summary(
            @ParameterObject @ModelAttribute ReportDates dates,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/revenue/trends")
    @Operation(
            operationId = "getRevenueTrends",
            summary = "Revenue trend",
            description = "Daily report of the given number of days ending today.")
    @ApiResponse(responseCode = "200", description = "Every day of the range, with the period's totals")
    DailyReport revenueTrends(
            @RequestParam(defaultValue = "30") @Min(1) @Max(365) int days,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/customers/{customer_id}")
    @Operation(
            operationId = "getCustomerMetrics",
            summary = "One customer's figures",
            description = "Default: the twelve months ending today. A customer without revenue orders in the"
                    + " range gets zeros, an empty email and null dates.")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A date that is not YYYY-MM-DD, outside 2000-2100, in the future, after end_date, or a range over ten years",
            ref = "#/components/responses/BadRequest")
    @ApiResponse(
            responseCode = "200",
            description = "The customer's figures; zeros for a customer without revenue orders")
    CustomerMetrics customer(
            @PathVariable("customer_id") @ExternalId String customerId,
            @ParameterObject @ModelAttribute ReportDates dates,
            @RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/quick/today")
    @Operation(operationId = "getTodayReport", summary = "Today's daily report")
    @ApiResponse(responseCode = "200", description = "Every day of the range, with the period's totals")
    DailyReport today(@RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/quick/week")
    @Operation(operationId = "getWeekReport", summary = "Daily report of the last 7 days")
    @ApiResponse(responseCode = "200", description = "Every day of the range, with the period's totals")
    DailyReport week(@RequestParam(defaultValue = "USD") @CurrencyCode String currency);

    @GetMapping("/quick/month")
    @Operation(operationId = "getMonthSummary", summary = "Summary of the current month to date")
    @ApiResponse(responseCode = "200", description = "The period's summary")
    SummaryReport month(@RequestParam(defaultValue = "USD") @CurrencyCode String currency);
}
