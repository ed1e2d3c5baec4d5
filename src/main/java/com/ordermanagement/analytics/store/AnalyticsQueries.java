package com.ordermanagement.analytics.store;

import java.util.List;
import java.util.Optional;

/**
 * The aggregates analytics are built from. Revenue figures cover every order except cancelled and
 * refunded ones; all figures cover one currency. Adapters answer from aggregates (Cosmos SQL
 * {@code GROUP BY}, or rollups kept on write), never by loading every order; a change-feed rollup
 * can replace either without touching the service or controllers.
 */
public interface AnalyticsQueries {

    /** Revenue orders per UTC day of the range; days without any may be missing. */
    List<DailyTotals> dailyRevenue(DayRange range, String currency);

    /** Orders of every status in the range; statuses without orders may be missing. */
    List<StatusTotals> statusBreakdown(DayRange range, String currency);

    /** The customers with the highest revenue in the range, highest first, at most {@code limit}. */
    List<CustomerTotals> topCustomers(DayRange range, String currency, int limit);

    /** One customer's revenue orders; a null range means all time. Empty when there are none. */
    Optional<CustomerTotals> customer(String customerId, DayRange range, String currency);
}
