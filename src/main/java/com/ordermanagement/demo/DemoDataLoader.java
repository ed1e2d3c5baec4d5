package com.ordermanagement.demo;

import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@code DEMO_ORDERS=N} fills the embedded store with N generated orders at start-up ({@code
 * DEMO_SEED} makes them repeatable), so that the API docs and analytics have something to show.
 * Refused on Cosmos DB: demo data never goes into a real database.
 */
@Component
@ConditionalOnExpression("${demo.orders:0} > 0")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrderStore store;
    private final Clock clock;
    private final int orders;
    private final long seed;

    public DemoDataLoader(
            OrderStore store, Clock clock, @Value("${demo.orders}") int orders, @Value("${demo.seed:42}") long seed) {
        if (!(store instanceof EmbeddedOrderStore)) {
            throw new IllegalStateException(
                    "DEMO_ORDERS only works with the embedded store: unset COSMOS_ENDPOINT or DEMO_ORDERS");
        }
        this.store = store;
        this.clock = clock;
        this.orders = orders;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        DemoOrderGenerator generator = new DemoOrderGenerator(seed, orders, clock.instant());
        log.info("Loading {} demo orders for {} customers (DEMO_SEED={})", orders, generator.customerCount(), seed);
        int step = Math.max(1, orders / 10);
        for (int i = 1; i <= orders; i++) {
            store.create(generator.next());
            if (i % step == 0 || i == orders) {
                log.info("Demo orders: {} of {} loaded ({} %)", i, orders, i * 100L / orders);
            }
        }
        log.info("Demo data ready: {} orders in {} ms", orders, (System.nanoTime() - started) / 1_000_000);
    }
}
