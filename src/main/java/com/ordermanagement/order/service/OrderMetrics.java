package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Business metrics per currency: orders placed ({@code orders_placed_total}), cancelled, and their
 * value. The meters of a currency are looked up once and kept: registering them again on every order
 * (hashing their names and tags each time) cost more than the rest of the metrics work on the create path.
 */
@Component
public class OrderMetrics {

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
                DistributionSummary.builder("orders.value")
                        .description("Total amount of new orders")
                        .tag("currency", currency)
                        .publishPercentiles(0.5, 0.9, 0.99)
                        .register(registry),
                Counter.builder("orders.cancelled")
                        .description("Orders cancelled")
                        .tag("currency", currency)
                        .register(registry));
    }

    private record CurrencyMeters(Counter placed, DistributionSummary value, Counter cancelled) {}
}
