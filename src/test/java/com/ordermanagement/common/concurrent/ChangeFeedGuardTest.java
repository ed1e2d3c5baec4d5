package com.ordermanagement.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeFeedGuardTest {

    @Test
    void changesSubmittedWhileAReaderIsInsideWaitInOrderAndTheNextReaderSeesThemAll() throws Exception {
        List<Integer> state = new ArrayList<>();
        ChangeFeedGuard<Integer> guard = new ChangeFeedGuard<>(state::add);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            guard.submit(1);
            Future<List<Integer>> slow = reader.submit(() -> guard.read(() -> {
                inside.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.copyOf(state);
            }));
            inside.await();

            guard.submit(2);
            guard.submit(3);
            finish.countDown();

            assertThat(slow.get(30, TimeUnit.SECONDS))
                    .as("what the slow reader saw")
                    .containsExactly(1);
            assertThat(guard.read(() -> List.copyOf(state))).containsExactly(1, 2, 3);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void concurrentWritersAndReadersLoseNoChange() throws Exception {
        long[] total = new long[1];
        ChangeFeedGuard<Integer> guard = new ChangeFeedGuard<>(change -> total[0] += change);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        guard.submit(1);
                    }
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                work.add(threads.submit(() -> {
                    long seen = 0;
                    for (int i = 0; i < 2_000; i++) {
                        long now = guard.read(() -> total[0]);
                        assertThat(now)
                                .as("readers never see the total go back")
                                .isGreaterThanOrEqualTo(seen);
                        seen = now;
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
            assertThat(guard.read(() -> total[0])).isEqualTo(40_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
