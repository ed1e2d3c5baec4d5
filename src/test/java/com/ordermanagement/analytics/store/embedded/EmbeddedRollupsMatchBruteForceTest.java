package com.ordermanagement.analytics.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.analytics.store.CustomerTotals;
import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderChanges;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.OrderNumber;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.service.OrderMetrics;
import com.ordermanagement.order.service.OrderService;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.embedded.EmbeddedIdempotencyStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import com.ordermanagement.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After seeded random creates, updates, cancels and deletes, the rollups answer exactly what a
 * brute-force pass over the stored orders answers.
 */
class EmbeddedRollupsMatchBruteForceTest {

    private static final OrderMetrics METRICS =
            new OrderMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<String> CUSTOMERS = List.of("c1", "c2", "c3", "c4", "c5", "c6");
    private static final List<String> CURRENCIES = List.of("USD", "EUR");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void rollupsEqualARecomputationFromTheOrders(long seed) {
        Random random = new Random(seed);
        MutableClock clock = new MutableClock(START);
        EmbeddedOrderStore store = new EmbeddedOrderStore();
        EmbeddedIdempotencyStore idempotency = new EmbeddedIdempotencyStore();
        EmbeddedAnalyticsQueries analytics = new EmbeddedAnalyticsQueries();
        store.addListener(analytics);
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);
        List<String[]> live = new ArrayList<>();

        for (int step = 0; step < 600; step++) {
            clock.set(START.plusSeconds(random.nextInt(20 * 86_400)));
            int action = random.nextInt(10);
            if (action < 5 || live.isEmpty()) {
                String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
                Order order =
                        service.create(draft(random, customer), null).stored().order();
                live.add(new String[] {order.id(), customer});
            } else {
                String[] target = live.get(random.nextInt(live.size()));
                try {
                    switch (action) {
                        case 5 -> service.cancel(target[0], target[1], null, null);
                        case 6 -> {
                            service.delete(target[0], target[1], null);
                            live.remove(target);
                        }
                        case 7 -> service.update(target[0], target[1], reprice(random), null);
                        default -> service.update(target[0], target[1], advance(service, target), null);
                    }
                } catch (RuntimeException refusedByTheRules) {
                    // Conflicts (cancel after shipping, repricing a confirmed order) are part of the mix.
                }
            }
        }

        List<Order> orders = allOrders(store);
        List<DayRange> ranges = new ArrayList<>();
        for (int trial = 0; trial < 10; trial++) {
            LocalDate first = LocalDate.parse("2026-03-30").plusDays(random.nextInt(20));
            ranges.add(new DayRange(first, first.plusDays(random.nextInt(10))));
        }
        // Top customers are found two ways: from the days' buckets when fewer customer-days fall in
        // the range than there are customers (one day here), else by walking the all-time ranking.
        LocalDate oneDay = LocalDate.parse("2026-04-01").plusDays(random.nextInt(20));
        ranges.add(new DayRange(oneDay, oneDay));
        ranges.add(new DayRange(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-20")));
        for (DayRange range : ranges) {
            for (String currency : CURRENCIES) {
                assertThat(sorted(analytics.dailyRevenue(range, currency)))
                        .isEqualTo(expectedDaily(orders, range, currency));
                assertThat(normalised(analytics.statusBreakdown(range, currency)))
                        .isEqualTo(expectedStatuses(orders, range, currency));
                assertThat(normalisedCustomers(analytics.topCustomers(range, currency, 3)))
                        .isEqualTo(expectedTop(orders, range, currency, 3));
                for (String customer : CUSTOMERS) {
                    assertThat(analytics
                                    .customer(customer, range, currency)
                                    .map(EmbeddedRollupsMatchBruteForceTest::normalised))
                            .isEqualTo(expectedCustomer(orders, customer, range, currency));
                }
            }
        }
    }

    private static OrderDraft draft(Random random, String customer) {
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            items.add(OrderItem.of("p" + i, "P", 1 + random.nextInt(5), BigDecimal.valueOf(random.nextInt(10_000), 2)));
        }
        return new OrderDraft(
                customer,
                customer + "@example.com",
                items,
                new Charges(BigDecimal.valueOf(random.nextInt(500), 2), null, null),
                CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                null,
                null,
                null,
                null,
                "api");
    }

    private static OrderChanges reprice(Random random) {
        return new OrderChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(OrderItem.of("x", "X", 1 + random.nextInt(4), BigDecimal.valueOf(random.nextInt(5_000), 2))),
                null,
                null,
                null);
    }

    private static OrderChanges advance(OrderService service, String[] target) {
        OrderStatus current = service.get(target[0], target[1]).order().status();
        OrderStatus next = switch (current) {
            case PENDING -> OrderStatus.CONFIRMED;
            case CONFIRMED -> OrderStatus.PROCESSING;
            case PROCESSING -> OrderStatus.SHIPPED;
            case SHIPPED -> OrderStatus.DELIVERED;
            default -> OrderStatus.REFUNDED;
        };
        return new OrderChanges(null, null, null, null, null, next, null, null, null, null);
    }

    private static List<Order> allOrders(EmbeddedOrderStore store) {
        List<Order> orders = new ArrayList<>();
        String token = null;
        do {
            OrderSlice slice = store.list(new OrderListQuery(null, null, 0, 100, token));
            slice.orders().stream().map(StoredOrder::order).forEach(orders::add);
            token = slice.nextContinuationToken();
        } while (token != null);
        return orders;
    }

    private static LocalDate day(Order order) {
        return LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
    }

    private static List<Order> inScope(List<Order> orders, DayRange range, String currency) {
        return orders.stream()
                .filter(o -> o.currency().equals(currency) && range.contains(day(o)))
                .toList();
    }

    private static List<DailyTotals> expectedDaily(List<Order> orders, DayRange range, String currency) {
        Map<LocalDate, DailyTotals> days = new TreeMap<>();
        for (Order order : inScope(orders, range, currency)) {
            if (order.status().countsAsRevenue()) {
                days.merge(
                        day(order),
                        new DailyTotals(day(order), 1, order.totalAmount()),
                        (a, b) -> new DailyTotals(
                                a.day(), a.orderCount() + 1, a.revenue().add(b.revenue())));
            }
        }
        return List.copyOf(days.values());
    }

    private static List<DailyTotals> sorted(List<DailyTotals> days) {
        return days.stream().sorted(Comparator.comparing(DailyTotals::day)).toList();
    }

    private static List<StatusTotals> expectedStatuses(List<Order> orders, DayRange range, String currency) {
        Map<OrderStatus, StatusTotals> statuses = new TreeMap<>();
        for (Order order : inScope(orders, range, currency)) {
            statuses.merge(
                    order.status(),
                    new StatusTotals(order.status(), 1, order.totalAmount()),
                    (a, b) -> new StatusTotals(
                            a.status(), a.orderCount() + 1, a.totalValue().add(b.totalValue())));
        }
        return List.copyOf(statuses.values());
    }

    private static List<StatusTotals> normalised(List<StatusTotals> statuses) {
        return statuses.stream()
                .sorted(Comparator.comparing(StatusTotals::status))
                .toList();
    }

    private static List<CustomerTotals> expectedTop(List<Order> orders, DayRange range, String currency, int limit) {
        Map<String, List<Order>> byCustomer = new HashMap<>();
        inScope(orders, range, currency).stream()
                .filter(o -> o.status().countsAsRevenue())
                .forEach(o -> byCustomer
                        .computeIfAbsent(o.customerId(), c -> new ArrayList<>())
                        .add(o));
        return byCustomer.entrySet().stream()
                .map(entry -> totals(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(CustomerTotals::totalSpent)
                        .reversed()
                        .thenComparing(CustomerTotals::customerId))
                .limit(limit)
                .toList();
    }

    private static Optional<CustomerTotals> expectedCustomer(
            List<Order> orders, String customer, DayRange range, String currency) {
        List<Order> mine = inScope(orders, range, currency).stream()
                .filter(o -> o.customerId().equals(customer) && o.status().countsAsRevenue())
                .toList();
        return mine.isEmpty() ? Optional.empty() : Optional.of(totals(customer, mine));
    }

    private static CustomerTotals totals(String customer, List<Order> orders) {
        BigDecimal spent = orders.stream().map(Order::totalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant first = orders.stream()
                .map(Order::createdAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant last = orders.stream()
                .map(Order::createdAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return normalised(new CustomerTotals(customer, customer + "@example.com", orders.size(), spent, first, last));
    }

    private static List<CustomerTotals> normalisedCustomers(List<CustomerTotals> customers) {
        return customers.stream()
                .map(EmbeddedRollupsMatchBruteForceTest::normalised)
                .toList();
    }

    /** Sums compare by value, whatever their scale. */
    private static CustomerTotals normalised(CustomerTotals totals) {
        return new CustomerTotals(
                totals.customerId(),
                totals.customerEmail(),
                totals.orderCount(),
                totals.totalSpent().setScale(2),
                totals.firstOrderAt(),
                totals.lastOrderAt());
    }
}
