package com.ordermanagement.analytics.api;

import static com.ordermanagement.analytics.service.ReportPeriod.Fallback.LAST_12_MONTHS;
import static com.ordermanagement.analytics.service.ReportPeriod.Fallback.LAST_30_DAYS;
import static com.ordermanagement.analytics.service.ReportPeriod.Fallback.MONTH_TO_DATE;

import com.ordermanagement.analytics.service.AnalyticsReports.CustomerMetrics;
import com.ordermanagement.analytics.service.AnalyticsReports.DailyReport;
import com.ordermanagement.analytics.service.AnalyticsReports.StatusReport;
import com.ordermanagement.analytics.service.AnalyticsReports.SummaryReport;
import com.ordermanagement.analytics.service.AnalyticsReports.TopCustomersReport;
import com.ordermanagement.analytics.service.AnalyticsService;
import com.ordermanagement.analytics.service.ReportPeriod;
import com.ordermanagement.analytics.service.ReportPeriod.Fallback;
import org.springframework.web.bind.annotation.RestController;

/** Each report is one call of {@link AnalyticsService}; paths, parameters and docs are in {@link AnalyticsApi}. */
@RestController
public class AnalyticsController implements AnalyticsApi {

    private final AnalyticsService service;

    public AnalyticsController(AnalyticsService service) {
        this.service = service;
    }

    @Override
    public DailyReport daily(ReportDates dates, String currency) {
        return service.daily(period(dates, LAST_30_DAYS), currency);
    }

    @Override
    public StatusReport orderStatus(ReportDates dates, String currency) {
        return service.statusBreakdown(period(dates, LAST_30_DAYS), currency);
    }

    @Override
    public TopCustomersReport topCustomers(ReportDates dates, int limit, String currency) {
        return service.topCustomers(period(dates, LAST_30_DAYS), currency, limit);
    }

    @Override
    public SummaryReport summary(ReportDates dates, String currency) {
        return service.summary(period(dates, MONTH_TO_DATE), currency);
    }

    @Override
    public DailyReport revenueTrends(int days, String currency) {
        return service.daily(ReportPeriod.lastDays(days), currency);
    }

    @Override
    public CustomerMetrics customer(String customerId, ReportDates dates, String currency) {
        return service.customer(customerId, period(dates, LAST_12_MONTHS), currency);
    }

    @Override
    public DailyReport today(String currency) {
        return service.daily(ReportPeriod.lastDays(1), currency);
    }

    @Override
    public DailyReport week(String currency) {
        return service.daily(ReportPeriod.lastDays(7), currency);
    }

    @Override
    public SummaryReport month(String currency) {
        return service.summary(ReportPeriod.requested(null, null, MONTH_TO_DATE), currency);
    }

    private static ReportPeriod period(ReportDates dates, Fallback fallback) {
        return ReportPeriod.requested(dates.startDate(), dates.endDate(), fallback);
    }
}
