package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Business metrics per currency: orders placed ({@code orders_placed_total}), cancelled, and their value. */
@Component
public class OrderMetrics {

    private final MeterRegistry registry;

    public OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void created(Order order) {
        Counter.builder("orders.placed")
                .description("Orders placed")
                .tag("currency", order.currency())
                .register(registry)
                .increment();
        DistributionSummary.builder("orders.value")
                .description("Total amount of new orders")
                .tag("currency", order.currency())
                .publishPercentiles(0.5, 0.9, 0.99)
                .register(registry)
                .record(order.totalAmount().doubleValue());
    }

    void cancelled(Order order) {
        Counter.builder("orders.cancelled")
                .description("Orders cancelled")
                .tag("currency", order.currency())
                .register(registry)
                .increment();
    }
}
