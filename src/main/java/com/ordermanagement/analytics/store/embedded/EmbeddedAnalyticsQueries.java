package com.ordermanagement.analytics.store.embedded;

import com.ordermanagement.analytics.store.AnalyticsQueries;
import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.common.concurrent.ChangeFeedGuard;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.store.OrderChangeListener;
import com.ordermanagement.order.store.OrderChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Analytics over the embedded store from rollups kept up to date on every write: per UTC day,
 * currency and status; per customer and day; and a ranking of customers by all-time spend. A request
 * reads buckets, never orders.
 *
 * <p>Top customers of a range use the ranking as a threshold: no customer can spend more in a range
 * than in all time, so once the next customer's all-time spend is below the k-th best range spend
 * found so far, nobody further down can enter the top k. With the usual few-big-many-small spread,
 * that stops after a few hundred customers whatever the number of orders. When few customers bought in
 * the range, the range's own per-day buckets are added up instead (see topCustomers).
 */
public class EmbeddedAnalyticsQueries implements AnalyticsQueries, OrderChangeListener {

    /** Order writes never wait for a reader here (a long summary used to hold every POST). */
    private final ChangeFeedGuard<OrderChanged> guard = new ChangeFeedGuard<>(this::apply);

    private final Map<DayKey, EnumMap<OrderStatus, Bucket>> byDayAndStatus = new HashMap<>();
    private final Map<CustomerKey, NavigableMap<LocalDate, Bucket>> revenueByCustomerAndDay = new HashMap<>();
    /** The same buckets by day: who bought on a day, for the top customers of a short range. */
    private final Map<DayKey, Map<String, Bucket>> revenueByDayAndCustomer = new HashMap<>();

    private final Map<CustomerKey, Long> allTimeRevenue = new HashMap<>();
    private final Map<String, NavigableSet<Ranked>> rankingByCurrency = new HashMap<>();
    private final Map<CustomerKey, NavigableMap<OrderKey, RevenueOrder>> revenueOrdersByCustomer = new HashMap<>();

    /** Called inside the order store's write lock, in commit order; returns without waiting for readers. */
    @Override
    public void orderChanged(OrderChanged change) {
        guard.submit(change);
    }

    /** Every query's way in: with every change submitted so far applied. */
    <T> T read(Supplier<T> query) {
        return guard.read(query);
    }

    private void apply(OrderChanged change) {
        if (change.before() != null) {
            apply(change.before(), -1);
        }
        if (change.after() != null) {
            apply(change.after(), +1);
        }
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
                    days.add(new DailyTotals(day, revenue.count, revenue.sum()));
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
                    breakdown.add(new StatusTotals(status, bucket.count, bucket.sum()));
                }
            });
            return breakdown;
        });
    }

    @Override
    public List<CustomerTotals> topCustomers(DayRange range, String currency, int limit) {
        return read(() -> {
            NavigableSet<Ranked> ranking = rankingByCurrency.getOrDefault(currency, Collections.emptyNavigableSet());
            List<Map<String, Bucket>> daysInRange = new ArrayList<>();
            long customerDays = 0;
            for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
                Map<String, Bucket> customersOfDay = revenueByDayAndCustomer.get(new DayKey(currency, day));
                if (customersOfDay != null) {
                    daysInRange.add(customersOfDay);
                    customerDays += customersOfDay.size();
                }
            }
            // Walking the ranking can visit every customer when few bought in the range (early in a
            // month, say): the k-th best spend in the range stays below almost everyone's all-time
            // spend. Adding up the range's own buckets costs what the range holds; take the cheaper.
            List<Ranked> best = customerDays < ranking.size()
                    ? bestOfDays(daysInRange, limit)
                    : bestByRanking(ranking, range, currency, limit);
            return best.stream()
                    .map(entry ->
                            customerTotals(entry.customerId(), range, currency).orElseThrow())
                    .toList();
        });
    }

    /** The top {@code limit} by spend in the range, from the customers' buckets of each day in it. */
    private static List<Ranked> bestOfDays(List<Map<String, Bucket>> daysInRange, int limit) {
        Map<String, Bucket> spend = new HashMap<>();
        daysInRange.forEach(customersOfDay -> customersOfDay.forEach((customer, bucket) ->
                spend.computeIfAbsent(customer, c -> new Bucket()).add(bucket)));
        TopRanked best = new TopRanked(limit);
        spend.forEach((customer, bucket) -> best.offer(new Ranked(bucket.cents, customer)));
        return best.sorted();
    }

    /** The top {@code limit} by spend in the range, walking the all-time ranking until nobody further can enter. */
    private List<Ranked> bestByRanking(NavigableSet<Ranked> ranking, DayRange range, String currency, int limit) {
        TopRanked best = new TopRanked(limit);
        for (Ranked candidate : ranking) {
            if (best.isFull() && candidate.cents() < best.worst().cents()) {
                break;
            }
            Bucket inRange = revenueIn(new CustomerKey(candidate.customerId(), currency), range);
            if (inRange.count > 0) {
                best.offer(new Ranked(inRange.cents, candidate.customerId()));
            }
        }
        return best.sorted();
    }

    @Override
    public Optional<CustomerTotals> customer(String customerId, DayRange range, String currency) {
        return read(() -> customerTotals(customerId, range, currency));
    }

    private Optional<CustomerTotals> customerTotals(String customerId, DayRange range, String currency) {
        CustomerKey key = new CustomerKey(customerId, currency);
        NavigableMap<OrderKey, RevenueOrder> orders = revenueOrdersByCustomer.get(key);
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
        Bucket revenue = revenueIn(key, range);
        return Optional.of(new CustomerTotals(
                customerId,
                inRange.lastEntry().getValue().email(),
                revenue.count,
                revenue.sum(),
                inRange.firstKey().createdAt(),
                inRange.lastKey().createdAt()));
    }

    private Bucket revenueIn(CustomerKey key, DayRange range) {
        NavigableMap<LocalDate, Bucket> days =
                revenueByCustomerAndDay.getOrDefault(key, Collections.emptyNavigableMap());
        Bucket total = new Bucket();
        (range == null ? days : days.subMap(range.start(), true, range.end(), true))
                .values()
                .forEach(total::add);
        return total;
    }

    private void apply(Order order, int sign) {
        DayKey day = new DayKey(order.currency(), LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC));
        EnumMap<OrderStatus, Bucket> statuses =
                byDayAndStatus.computeIfAbsent(day, d -> new EnumMap<>(OrderStatus.class));
        statuses.computeIfAbsent(order.status(), s -> new Bucket()).change(sign, order.totalAmount());
        if (!order.status().countsAsRevenue()) {
            return;
        }
        CustomerKey customerKey = new CustomerKey(order.customerId(), order.currency());
        NavigableMap<LocalDate, Bucket> days =
                revenueByCustomerAndDay.computeIfAbsent(customerKey, k -> new TreeMap<>());
        Bucket customerDay = days.computeIfAbsent(day.day(), d -> {
            Bucket fresh = new Bucket();
            revenueByDayAndCustomer.computeIfAbsent(day, k -> new HashMap<>()).put(order.customerId(), fresh);
            return fresh;
        });
        customerDay.change(sign, order.totalAmount());
        if (customerDay.count == 0) {
            days.remove(day.day());
            Map<String, Bucket> customersOfDay = revenueByDayAndCustomer.get(day);
            customersOfDay.remove(order.customerId());
            if (customersOfDay.isEmpty()) {
                revenueByDayAndCustomer.remove(day);
            }
        }
        NavigableMap<OrderKey, RevenueOrder> orders =
                revenueOrdersByCustomer.computeIfAbsent(customerKey, k -> new TreeMap<>());
        OrderKey key = new OrderKey(order.createdAt(), order.id());
        if (sign > 0) {
            orders.put(key, new RevenueOrder(order.totalAmount(), order.customerEmail()));
        } else {
            orders.remove(key);
            if (orders.isEmpty()) {
                revenueOrdersByCustomer.remove(customerKey);
                revenueByCustomerAndDay.remove(customerKey);
            }
        }
        rerank(customerKey, sign * cents(order.totalAmount()));
    }

    /** Moves a customer in the all-time ranking of its currency. */
    private void rerank(CustomerKey customer, long delta) {
        NavigableSet<Ranked> ranking = rankingByCurrency.computeIfAbsent(customer.currency(), c -> new TreeSet<>());
        Long before = allTimeRevenue.get(customer);
        if (before != null) {
            ranking.remove(new Ranked(before, customer.customerId()));
        }
        long after = (before == null ? 0 : before) + delta;
        if (revenueOrdersByCustomer.containsKey(customer)) {
            allTimeRevenue.put(customer, after);
            ranking.add(new Ranked(after, customer.customerId()));
        } else {
            allTimeRevenue.remove(customer);
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

    /** Highest spend first; equal spend by customer id, so the ranking is a total order. */
    private record Ranked(long cents, String customerId) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked other) {
            int bySpend = Long.compare(other.cents, cents);
            return bySpend != 0 ? bySpend : customerId.compareTo(other.customerId);
        }
    }

    /** The best {@code limit} entries offered, in ranking order (highest spend first). */
    private static final class TopRanked {
        private final int limit;
        // The worst kept entry on top, so that it is the one to drop.
        private final PriorityQueue<Ranked> kept = new PriorityQueue<>(Comparator.reverseOrder());

        TopRanked(int limit) {
            this.limit = limit;
        }

        void offer(Ranked entry) {
            kept.add(entry);
            if (kept.size() > limit) {
                kept.poll();
            }
        }

        boolean isFull() {
            return kept.size() == limit;
        }

        Ranked worst() {
            return kept.peek();
        }

        List<Ranked> sorted() {
            List<Ranked> ranked = new ArrayList<>(kept);
            ranked.sort(Comparator.naturalOrder());
            return ranked;
        }
    }

    /**
     * A running count and sum in cents; mutable because it is only touched under the lock. Cents in a
     * {@code long} add up exactly (amounts have two decimals) and an order of magnitude faster than
     * {@link BigDecimal}, which matters where a request adds up thousands of buckets.
     */
    private static final class Bucket {
        long count;
        long cents;

        void change(int sign, BigDecimal amount) {
            count += sign;
            cents += sign * cents(amount);
        }

        void add(Bucket other) {
            count += other.count;
            cents += other.cents;
        }

        BigDecimal sum() {
            return BigDecimal.valueOf(cents, 2);
        }
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
