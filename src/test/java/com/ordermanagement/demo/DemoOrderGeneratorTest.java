package com.ordermanagement.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.analytics.store.StatusTotals;
import com.ordermanagement.analytics.store.embedded.EmbeddedAnalyticsQueries;
import com.ordermanagement.order.api.AddressRequest;
import com.ordermanagement.order.api.CreateOrderRequest;
import com.ordermanagement.order.api.OrderItemRequest;
import com.ordermanagement.order.api.PaymentInfoRequest;
import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderNumber;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class DemoOrderGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    void theSameSeedGivesTheSameOrdersAndAnotherSeedOthers() {
        List<Order> first = generate(7, 300);
        List<Order> again = generate(7, 300);
        List<Order> other = generate(8, 300);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyOrderPassesTheApisRulesAndTheMixIsRealistic() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        List<Order> orders = generate(42, 5_000);
        Set<String> numbers = new HashSet<>();
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        Set<String> currencies = new HashSet<>();
        Map<String, Integer> perCustomer = new TreeMap<>();

        for (Order order : orders) {
            assertThat(validator.validate(asRequest(order)))
                    .as(order.orderNumber())
                    .isEmpty();
            assertThat(order.orderNumber()).matches(OrderNumber.FORMAT);
            assertThat(numbers.add(order.orderNumber())).isTrue();
            assertThat(order.totalAmount().signum()).isGreaterThanOrEqualTo(0);
            assertThat(order.items()).hasSizeBetween(1, 5);
            assertThat(order.createdAt()).isBefore(NOW.plusNanos(1)).isAfter(NOW.minus(181, ChronoUnit.DAYS));
            statuses.add(order.status());
            currencies.add(order.currency());
            perCustomer.merge(order.customerId(), 1, Integer::sum);
        }

        assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(currencies).hasSizeBetween(2, 3);
        int biggest = perCustomer.values().stream().max(Integer::compare).orElseThrow();
        assertThat(biggest).as("a few big customers").isGreaterThan(20 * orders.size() / perCustomer.size());
    }

    @Test
    void analyticsOverDemoDataEqualABruteForceRecomputation() {
        EmbeddedOrderStore store = new EmbeddedOrderStore();
        EmbeddedAnalyticsQueries analytics = new EmbeddedAnalyticsQueries();
        store.addListener(analytics);
        List<Order> orders = generate(3, 4_000);
        orders.forEach(store::create);
        DayRange range = new DayRange(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-30"));

        for (String currency : List.of("USD", "EUR", "GBP")) {
            Map<LocalDate, long[]> counts = new TreeMap<>();
            Map<LocalDate, BigDecimal> revenue = new TreeMap<>();
            Map<OrderStatus, Long> statusCounts = new TreeMap<>();
            for (Order order : orders) {
                LocalDate day = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
                if (!order.currency().equals(currency) || !range.contains(day)) {
                    continue;
                }
                statusCounts.merge(order.status(), 1L, Long::sum);
                if (order.status().countsAsRevenue()) {
                    counts.computeIfAbsent(day, d -> new long[1])[0]++;
                    revenue.merge(day, order.totalAmount(), BigDecimal::add);
                }
            }
            List<DailyTotals> daily = analytics.dailyRevenue(range, currency);
            assertThat(daily).hasSize(counts.size());
            for (DailyTotals day : daily) {
                assertThat(day.orderCount()).isEqualTo(counts.get(day.day())[0]);
                assertThat(day.revenue()).isEqualByComparingTo(revenue.get(day.day()));
            }
            Map<OrderStatus, Long> reported = new TreeMap<>();
            for (StatusTotals status : analytics.statusBreakdown(range, currency)) {
                reported.put(status.status(), status.orderCount());
            }
            assertThat(reported).isEqualTo(statusCounts);
        }
    }

    @Test
    void demoDataIsRefusedOnAnythingButTheEmbeddedStore() {
        OrderStore cosmosLike = Mockito.mock(OrderStore.class);

        assertThatThrownBy(() -> new DemoDataLoader(cosmosLike, Clock.systemUTC(), 10, 1))
                .hasMessageContaining("DEMO_ORDERS only works with the embedded store");
    }

    @Test
    void theLoaderFillsTheStore() {
        EmbeddedOrderStore store = new EmbeddedOrderStore();

        new DemoDataLoader(store, Clock.fixed(NOW, ZoneOffset.UTC), 250, 5).run(null);

        assertThat(store.size()).isEqualTo(250);
    }

    private static List<Order> generate(long seed, int count) {
        DemoOrderGenerator generator = new DemoOrderGenerator(seed, count, NOW);
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(generator.next());
        }
        return orders;
    }

    private static CreateOrderRequest asRequest(Order order) {
        return new CreateOrderRequest(
                order.customerId(),
                order.customerEmail(),
                order.items().stream()
                        .map(item -> new OrderItemRequest(
                                item.productId(), item.productName(), item.quantity(), item.unitPrice()))
                        .toList(),
                address(order.billingAddress()),
                address(order.shippingAddress()),
                new PaymentInfoRequest(
                        order.paymentInfo().method(),
                        order.paymentInfo().lastFourDigits(),
                        order.paymentInfo().transactionId(),
                        order.paymentInfo().processor()),
                order.taxAmount(),
                order.shippingAmount(),
                order.discountAmount(),
                order.currency(),
                order.notes(),
                order.source());
    }

    private static AddressRequest address(Address address) {
        return address == null
                ? null
                : new AddressRequest(
                        address.street(), address.city(), address.state(), address.postalCode(), address.country());
    }
}
