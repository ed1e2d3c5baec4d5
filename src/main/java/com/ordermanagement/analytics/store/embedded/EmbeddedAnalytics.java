package com.ordermanagement.analytics.store.embedded;

import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore.OrderChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Analytics over the embedded store from rollups kept up to date on every write: per UTC day,
 * currency and status; per day, currency and customer; and per customer. A request reads buckets,
 * never orders.
 */
public class EmbeddedAnalytics implements AnalyticsQueries, Consumer<OrderChange> {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<DayKey, EnumMap<OrderStatus, Bucket>> byDayAndStatus = new HashMap<>();
    private final Map<DayKey, Map<String, Bucket>> revenueByDayAndCustomer = new HashMap<>();
    private final Map<CustomerKey, NavigableMap<OrderKey, RevenueOrder>> revenueOrdersByCustomer = new HashMap<>();

    @Override
    public void accept(OrderChange change) {
        write(() -> {
            if (change.before() != null) {
                apply(change.before(), -1);
            }
            if (change.after() != null) {
                apply(change.after(), +1);
            }
        });
    }

    @Override
    public List<DailyTotals> dailyRevenue(DayRange range, String currency) {
        return read(() -> {
            List<DailyTotals> days = new ArrayList<>();
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                EnumMap<OrderStatus, Bucket> statuses = byDayAndStatus.get(new DayKey(currency, day));
                if (statuses == null) {
                    continue;
                }
                Bucket revenue = new Bucket();
                statuses.forEach((status, bucket) -> {
                    if (status.countsAsRevenue()) {
                        revenue.add(bucket);
                    }
                });
                if (revenue.count > 0) {
                    days.add(new DailyTotals(day, revenue.count, revenue.sum));
                }
            }
            return days;
        });
    }

    @Override
    public List<StatusTotals> statusBreakdown(DayRange range, String currency) {
        return read(() -> {
            EnumMap<OrderStatus, Bucket> totals = new EnumMap<>(OrderStatus.class);
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                EnumMap<OrderStatus, Bucket> statuses = byDayAndStatus.get(new DayKey(currency, day));
                if (statuses != null) {
                    statuses.forEach((status, bucket) ->
                            totals.computeIfAbsent(status, s -> new Bucket()).add(bucket));
                }
            }
            List<StatusTotals> breakdown = new ArrayList<>();
            totals.forEach((status, bucket) -> {
                if (bucket.count > 0) {
                    breakdown.add(new StatusTotals(status, bucket.count, bucket.sum));
                }
            });
            return breakdown;
        });
    }

    @Override
    public List<CustomerTotals> topCustomers(DayRange range, String currency, int limit) {
        return read(() -> {
            Map<String, Bucket> spend = new HashMap<>();
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                Map<String, Bucket> customers = revenueByDayAndCustomer.get(new DayKey(currency, day));
                if (customers != null) {
                    customers.forEach((customer, bucket) ->
                            spend.computeIfAbsent(customer, c -> new Bucket()).add(bucket));
                }
            }
            return spend.entrySet().stream()
                    .filter(entry -> entry.getValue().count > 0)
                    .sorted(Comparator.<Map.Entry<String, Bucket>, BigDecimal>comparing(entry -> entry.getValue().sum)
                            .reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(limit)
                    .map(entry ->
                            customerTotals(entry.getKey(), range, currency).orElseThrow())
                    .toList();
        });
    }

    @Override
    public Optional<CustomerTotals> customer(String customerId, DayRange range, String currency) {
        return read(() -> customerTotals(customerId, range, currency));
    }

    private Optional<CustomerTotals> customerTotals(String customerId, DayRange range, String currency) {
        NavigableMap<OrderKey, RevenueOrder> orders =
                revenueOrdersByCustomer.get(new CustomerKey(customerId, currency));
        if (orders == null) {
            return Optional.empty();
        }
        NavigableMap<OrderKey, RevenueOrder> inRange = range == null
                ? orders
                : orders.subMap(
                        OrderKey.first(
                                range.start().atStartOfDay(ZoneOffset.UTC).toInstant()),
                        true,
                        OrderKey.first(range.end()
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()),
                        false);
        if (inRange.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal spent = BigDecimal.ZERO;
        for (RevenueOrder order : inRange.values()) {
            spent = spent.add(order.amount());
        }
        return Optional.of(new CustomerTotals(
                customerId,
                inRange.lastEntry().getValue().email(),
                inRange.size(),
                spent,
                inRange.firstKey().createdAt(),
                inRange.lastKey().createdAt()));
    }

    private void apply(Order order, int sign) {
        DayKey day = new DayKey(order.currency(), LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC));
        EnumMap<OrderStatus, Bucket> statuses =
                byDayAndStatus.computeIfAbsent(day, d -> new EnumMap<>(OrderStatus.class));
        statuses.computeIfAbsent(order.status(), s -> new Bucket()).change(sign, order.totalAmount());
        if (!order.status().countsAsRevenue()) {
            return;
        }
        Map<String, Bucket> customers = revenueByDayAndCustomer.computeIfAbsent(day, d -> new HashMap<>());
        Bucket customer = customers.computeIfAbsent(order.customerId(), c -> new Bucket());
        customer.change(sign, order.totalAmount());
        if (customer.count == 0) {
            customers.remove(order.customerId());
        }
        CustomerKey customerKey = new CustomerKey(order.customerId(), order.currency());
        NavigableMap<OrderKey, RevenueOrder> orders =
                revenueOrdersByCustomer.computeIfAbsent(customerKey, k -> new TreeMap<>());
        OrderKey key = new OrderKey(order.createdAt(), order.id());
        if (sign > 0) {
            orders.put(key, new RevenueOrder(order.totalAmount(), order.customerEmail()));
        } else {
            orders.remove(key);
            if (orders.isEmpty()) {
                revenueOrdersByCustomer.remove(customerKey);
            }
        }
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable action) {
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private record DayKey(String currency, LocalDate day) {}

    private record CustomerKey(String customerId, String currency) {}

    private record OrderKey(Instant createdAt, String id) implements Comparable<OrderKey> {
        static OrderKey first(Instant at) {
            return new OrderKey(at, "");
        }

        @Override
        public int compareTo(OrderKey other) {
            int byTime = createdAt.compareTo(other.createdAt);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    private record RevenueOrder(BigDecimal amount, String email) {}

    /** A running count and sum; mutable because it is only touched under the lock. */
    private static final class Bucket {
        long count;
        BigDecimal sum = BigDecimal.ZERO;

        void change(int sign, BigDecimal amount) {
            count += sign;
            sum = sign > 0 ? sum.add(amount) : sum.subtract(amount);
        }

        void add(Bucket other) {
            count += other.count;
            sum = sum.add(other.sum);
        }
    }
}
