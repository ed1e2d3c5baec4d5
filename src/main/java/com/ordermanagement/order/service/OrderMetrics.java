package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Business metrics per currency: orders placed ({@code orders_placed_total}), cancelled ({@code
 * orders_cancelled_total}), and the amounts of new orders as a histogram ({@code orders_amount_bucket},
 * {@code _sum}, {@code _count}): buckets and sums add up across instances, where client-side
 * percentiles could not be aggregated and decayed to zero between orders. The meters of a currency are looked up once and kept: registering them again on every order
 * (hashing their names and tags each time) cost more than the rest of the metrics work on the create path.
 */
@Component
public class OrderMetrics {

    /** Bucket bounds for order amounts: roughly 1-2.5-5 steps from 10 to 100,000 currency units. */
    static final double[] AMOUNT_BUCKETS = {
        10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000
    };

    private final MeterRegistry registry;
    private final Map<String, CurrencyMeters> byCurrency = new ConcurrentHashMap<>();

    public OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void created(Order order) {
        CurrencyMeters meters = metersOf(order.currency());
        meters.placed().increment();
        meters.value().record(order.totalAmount().doubleValue());
    }

    void cancelled(Order order) {
        metersOf(order.currency()).cancelled().increment();
    }

    private CurrencyMeters metersOf(String currency) {
        return byCurrency.computeIfAbsent(currency, this::register);
    }

    private CurrencyMeters register(String currency) {
        return new CurrencyMeters(
                Counter.builder("orders.placed")
                        .description("Orders placed")
                        .tag("currency", currency)
                        .register(registry),
                DistributionSummary.builder("orders.amount")
                        .description("Total amount of new orders, in the currency's units")
                        .tag("currency", currency)
                        .serviceLevelObjectives(AMOUNT_BUCKETS)
                        .register(registry),
                Counter.builder("orders.cancelled")
                        .description("Orders cancelled")
                        .tag("currency", currency)
                        .register(registry));
    }

    private record CurrencyMeters(Counter placed, DistributionSummary value, Counter cancelled) {}
}
