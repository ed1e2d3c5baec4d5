package com.ordermanagement.common.concurrent;

import java.util.OptionalLong;

/**
 * When the HTTP request the current thread serves arrived ({@link System#nanoTime()}), so that a store
 * can spend what is left of a per-request time budget instead of a fresh timeout per call. Set by the
 * first servlet filter and cleared when the request ends; empty on threads that serve no request.
 */
public final class RequestStart {

    private static final ThreadLocal<long[]> STARTED = new ThreadLocal<>();

    private RequestStart() {}

    public static void mark(long nanoTime) {
        STARTED.set(new long[] {nanoTime});
    }

    public static void clear() {
        STARTED.remove();
    }

    public static OptionalLong nanoTime() {
        long[] started = STARTED.get();
        return started == null ? OptionalLong.empty() : OptionalLong.of(started[0]);
    }
}
