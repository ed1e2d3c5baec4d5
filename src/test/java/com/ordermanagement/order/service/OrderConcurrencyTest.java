package com.ordermanagement.order.service;

import static com.ordermanagement.support.SampleOrders.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderNumber;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.embedded.EmbeddedIdempotencyStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OrderConcurrencyTest {

    private static final OrderMetrics METRICS =
            new OrderMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    private static final int THREADS = 16;

    private final EmbeddedOrderStore store = new EmbeddedOrderStore();

    private final EmbeddedIdempotencyStore idempotency = new EmbeddedIdempotencyStore();

    @Test
    void manyThreadsCreatingForOneCustomerLoseNoOrderAndNeverShareANumber() throws Exception {
        // A tiny number space forces collisions, so the retry path runs under contention.
        OrderService service = new OrderService(store, idempotency, Clock.systemUTC(), narrowNumbers(), METRICS);
        List<Callable<Order>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(() -> service.create(draft("busy-customer", "1.00"), null)
                    .stored()
                    .order());
        }

        List<Order> created = runTogether(tasks);

        Set<String> numbers = new HashSet<>();
        created.forEach(order -> numbers.add(order.orderNumber()));
        assertThat(numbers).hasSize(200);
        assertThat(store.list(new OrderListQuery("busy-customer", null, 0, 100, null))
                        .totalCount())
                .isEqualTo(200);
    }

    @Test
    void manyThreadsCancellingOneOrderCancelItExactlyOnce() throws Exception {
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        OrderService service =
                new OrderService(store, idempotency, Clock.systemUTC(), new OrderNumber(), new OrderMetrics(registry));
        Order order = service.create(draft("c1", "1.00"), null).stored().order();
        List<Callable<StoredOrder>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reason = "reason " + i;
            tasks.add(() -> service.cancel(order.id(), "c1", reason, null));
        }

        List<StoredOrder> outcomes = runTogether(tasks);

        // Cancelling is idempotent: everyone gets the one cancelled order that the first writer made.
        assertThat(outcomes)
                .extracting(StoredOrder::order)
                .containsOnly(outcomes.get(0).order());
        assertThat(outcomes.get(0).order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(registry.counter("orders.cancelled", "currency", "USD").count())
                .isEqualTo(1.0);
    }

    /** Starts every task at the same moment and waits for all of them. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Numbers from a space of 1,296: 200 orders collide about fifteen times, eight straight misses almost never. */
    private static OrderNumber narrowNumbers() {
        return new OrderNumber() {
            private final java.util.Random random = new java.util.Random(7);

            @Override
            public synchronized String next(Instant createdAt) {
                String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
                return "ORD-20260301-AAAA" + alphabet.charAt(random.nextInt(36)) + alphabet.charAt(random.nextInt(36));
            }
        };
    }
}
