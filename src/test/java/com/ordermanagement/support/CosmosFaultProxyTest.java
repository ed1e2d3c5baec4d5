package com.ordermanagement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The proxy's own promises, which the fault tests rely on. */
class CosmosFaultProxyTest {

    /**
     * Two requests released at the same instant (both threads spin on one flag rather than being woken
     * one after another) reach the same hook, many times over: a check-then-set lets both run it in
     * some rounds, which is the race this guards against.
     */
    @Test
    void aBeforeHookRunsOnceWhenTwoRequestsReachItTogether() throws Exception {
        int rounds = 2_000;
        int twice = 0;
        for (int round = 0; round < rounds; round++) {
            AtomicInteger runs = new AtomicInteger();
            CosmosFaultProxy.Before before = new CosmosFaultProxy.Before(runs::incrementAndGet);
            StartingGun gun = new StartingGun();
            Thread other = new Thread(() -> {
                gun.ready();
                before.runOnce();
            });
            other.start();
            gun.fireWhenReady();
            before.runOnce();
            other.join();
            if (runs.get() != 1) {
                twice++;
            }
        }
        assertThat(twice)
                .as("rounds in which the hook did not run exactly once")
                .isZero();
    }

    /** Lets two threads leave a spin together. */
    private static final class StartingGun {
        private volatile boolean ready;
        private volatile boolean fired;

        void ready() {
            ready = true;
            while (!fired) {
                Thread.onSpinWait();
            }
        }

        void fireWhenReady() {
            while (!ready) {
                Thread.onSpinWait();
            }
            fired = true;
        }
    }
}
