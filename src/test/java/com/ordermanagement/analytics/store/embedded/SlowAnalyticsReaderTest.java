package com.ordermanagement.analytics.store.embedded;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.analytics.store.DailyTotals;
import com.ordermanagement.analytics.store.DayRange;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import com.ordermanagement.support.SampleOrders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Order writes never wait for analytics readers: a summary over a million orders takes a while, and
 * while one is in progress creates and reads of orders still complete; the analytics then include
 * every order created meanwhile.
 */
class SlowAnalyticsReaderTest {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    final EmbeddedOrderStore store = new EmbeddedOrderStore();
    final EmbeddedAnalyticsQueries analytics = new EmbeddedAnalyticsQueries();
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void ordersAreCreatedAndReadWhileASlowReaderIsInProgressAndCountedAfterIt() throws Exception {
        store.addListener(analytics);
        CountDownLatch readerInside = new CountDownLatch(1);
        CountDownLatch readerMayFinish = new CountDownLatch(1);
        Future<?> slowReader = threads.submit(() -> analytics.read(() -> {
            readerInside.countDown();
            awaitUninterruptibly(readerMayFinish);
            return null;
        }));
        readerInside.await();

        Future<List<StoredOrder>> writesAndReads = threads.submit(() -> {
            List<StoredOrder> created = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                StoredOrder stored = store.create(order("busy-" + i, SampleOrders.number(900 + i), NOON));
                assertThat(store.find(stored.order().id(), null)).contains(stored);
                created.add(stored);
            }
            return created;
        });

        // Bounded only so that a regression fails instead of hanging: the writes need no time at all.
        List<StoredOrder> created = writesAndReads.get(30, TimeUnit.SECONDS);
        assertThat(slowReader.isDone()).as("the reader is still in progress").isFalse();
        readerMayFinish.countDown();
        slowReader.get();

        LocalDate day = LocalDate.parse("2026-03-02");
        List<DailyTotals> daily = analytics.dailyRevenue(new DayRange(day, day), "USD");
        assertThat(created).hasSize(5);
        assertThat(daily)
                .singleElement()
                .satisfies(totals -> assertThat(totals.orderCount()).isEqualTo(5));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
