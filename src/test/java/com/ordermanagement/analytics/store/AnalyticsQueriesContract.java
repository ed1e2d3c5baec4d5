package com.ordermanagement.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.OrderStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small data set with hand-computed answers, checked against every analytics adapter. A fresh
 * currency per test keeps data sets apart in a shared store (the stores are never emptied).
 */
public abstract class AnalyticsQueriesContract {

    protected abstract OrderStore store();

    protected abstract AnalyticsQueries analytics();

    static final DayRange MARCH = new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10"));

    String currency;
    String a;
    String b;
    String c;

    @BeforeEach
    void dataSet() {
        currency = freshCurrency();
        a = "cust-a-" + UUID.randomUUID();
        b = "cust-b-" + UUID.randomUUID();
        c = "cust-c-" + UUID.randomUUID();
        place(a, "2026-02-20T12:00:00Z", "40.00", OrderStatus.PENDING);
        place(a, "2026-03-01T23:59:59Z", "10.00", OrderStatus.PENDING);
        place(a, "2026-03-02T00:00:00Z", "20.00", OrderStatus.CONFIRMED);
        place(b, "2026-03-02T10:00:00Z", "0.10", OrderStatus.PENDING);
        place(b, "2026-03-02T11:00:00Z", "0.15", OrderStatus.PENDING);
        place(c, "2026-03-04T09:00:00Z", "5.00", OrderStatus.CANCELLED);
        place(c, "2026-03-05T09:00:00Z", "100.00", OrderStatus.REFUNDED);
        place(b, "2026-03-07T10:00:00Z", "30.00", OrderStatus.SHIPPED);
    }

    @Test
    void dailyRevenueCountsRevenueOrdersPerUtcDay() {
        List<DailyTotals> days = analytics().dailyRevenue(MARCH, currency);

        assertThat(days)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactlyInAnyOrder(
                        new DailyTotals(LocalDate.parse("2026-03-01"), 1, new BigDecimal("10.00")),
                        new DailyTotals(LocalDate.parse("2026-03-02"), 3, new BigDecimal("20.25")),
                        new DailyTotals(LocalDate.parse("2026-03-07"), 1, new BigDecimal("30.00")));
    }

    @Test
    void theStatusBreakdownCountsEveryStatus() {
        List<StatusTotals> statuses = analytics().statusBreakdown(MARCH, currency);

        assertThat(statuses).hasSize(5);
        assertThat(find(statuses, OrderStatus.PENDING).orderCount()).isEqualTo(3);
        assertThat(find(statuses, OrderStatus.PENDING).totalValue()).isEqualByComparingTo("10.25");
        assertThat(find(statuses, OrderStatus.CONFIRMED).totalValue()).isEqualByComparingTo("20.00");
        assertThat(find(statuses, OrderStatus.CANCELLED).orderCount()).isEqualTo(1);
        assertThat(find(statuses, OrderStatus.REFUNDED).totalValue()).isEqualByComparingTo("100.00");
        assertThat(find(statuses, OrderStatus.SHIPPED).orderCount()).isEqualTo(1);
    }

    @Test
    void topCustomersRankBySpendAndCarryEmailAndDates() {
        List<CustomerTotals> top = analytics().topCustomers(MARCH, currency, 10);

        assertThat(top).extracting(CustomerTotals::customerId).containsExactly(b, a);
        CustomerTotals best = top.get(0);
        assertThat(best.orderCount()).isEqualTo(3);
        assertThat(best.totalSpent()).isEqualByComparingTo("30.25");
        assertThat(best.customerEmail()).isEqualTo(b + "@example.com");
        assertThat(best.firstOrderAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(best.lastOrderAt()).isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
        assertThat(analytics().topCustomers(MARCH, currency, 1))
                .extracting(CustomerTotals::customerId)
                .containsExactly(b);
    }

    @Test
    void oneCustomerAllTimeOrInARange() {
        CustomerTotals allTime = analytics().customer(a, null, currency).orElseThrow();
        CustomerTotals march = analytics().customer(a, MARCH, currency).orElseThrow();

        assertThat(allTime.orderCount()).isEqualTo(3);
        assertThat(allTime.totalSpent()).isEqualByComparingTo("70.00");
        assertThat(allTime.firstOrderAt()).isEqualTo(Instant.parse("2026-02-20T12:00:00Z"));
        assertThat(allTime.lastOrderAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(march.orderCount()).isEqualTo(2);
        assertThat(march.totalSpent()).isEqualByComparingTo("30.00");
        assertThat(analytics().customer(c, null, currency)).isEmpty();
        assertThat(analytics().customer("nobody-" + UUID.randomUUID(), null, currency))
                .isEmpty();
    }

    @Test
    void anotherCurrencyIsNeverAddedIn() {
        String other = freshCurrency();
        place(a, "2026-03-02T12:00:00Z", "999.00", OrderStatus.PENDING, other);

        assertThat(analytics().dailyRevenue(MARCH, currency))
                .filteredOn(day -> day.day().equals(LocalDate.parse("2026-03-02")))
                .singleElement()
                .satisfies(day -> assertThat(day.revenue()).isEqualByComparingTo("20.25"));
        assertThat(analytics().dailyRevenue(MARCH, other))
                .singleElement()
                .satisfies(day -> assertThat(day.revenue()).isEqualByComparingTo("999.00"));
    }

    @Test
    void changesAfterCreationMoveTheFigures() {
        StoredOrder order = place(a, "2026-03-03T08:00:00Z", "7.00", OrderStatus.PENDING);
        assertThat(analytics()
                        .dailyRevenue(
                                new DayRange(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-03")), currency))
                .hasSize(1);

        store().replace(
                        order.order().withStatus(OrderStatus.CANCELLED, "x", Instant.parse("2026-03-03T09:00:00Z")),
                        order.etag());

        assertThat(analytics()
                        .dailyRevenue(
                                new DayRange(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-03")), currency))
                .isEmpty();
        assertThat(analytics().customer(a, MARCH, currency).orElseThrow().orderCount())
                .isEqualTo(2);
    }

    private static StatusTotals find(List<StatusTotals> statuses, OrderStatus status) {
        return statuses.stream().filter(s -> s.status() == status).findFirst().orElseThrow();
    }

    private StoredOrder place(String customer, String at, String price, OrderStatus status) {
        return place(customer, at, price, status, currency);
    }

    private StoredOrder place(String customer, String at, String price, OrderStatus status, String inCurrency) {
        Instant createdAt = Instant.parse(at);
        Order order = new OrderDraft(
                        customer,
                        customer + "@example.com",
                        List.of(OrderItem.of("sku", "Thing", 1, new BigDecimal(price))),
                        new Charges(null, null, null),
                        inCurrency,
                        null,
                        null,
                        null,
                        null,
                        "api")
                .toOrder(UUID.randomUUID().toString(), number(), createdAt);
        StoredOrder stored = store().create(order);
        if (status != OrderStatus.PENDING) {
            stored = store().replace(order.withStatus(status, null, createdAt), stored.etag());
        }
        return stored;
    }

    /** A currency code of its own for each data set; the stores do not check codes. */
    private static String freshCurrency() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String number() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder suffix = new StringBuilder("ORD-20260301-");
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return suffix.toString();
    }
}
