package com.ordermanagement.health;

import com.ordermanagement.order.store.OrderStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness depends on this: a pod that cannot reach its store should get no traffic. */
@Component("orderStore")
public class OrderStoreHealthIndicator implements HealthIndicator {

    private final OrderStore store;

    public OrderStoreHealthIndicator(OrderStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.ping();
            return Health.up().withDetail("store", store.kind()).build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("store", store.kind())
                    .withDetail("error", "unreachable")
                    .build();
        }
    }
}
