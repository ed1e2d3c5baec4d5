package com.ordermanagement.common.concurrent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State that many readers query and a stream of changes updates, where a change must never wait for
 * a reader: the embedded analytics rollups, told of every order write inside the order store's write
 * lock. A plain read-write lock made each order write wait there for every analytics reader in
 * progress (a long summary held every POST, and every GET queued behind that POST).
 *
 * <p>A change is queued, in the order given, and applied at once when no reader is in progress;
 * otherwise it waits in the queue, and the next change or the next reader applies it. A reader that
 * finds changes queued applies them all before it reads, so it sees every change submitted before it
 * began: a client that placed an order and then asks for analytics sees its order. Readers may thus
 * wait for readers, and only while changes are queued; a change never waits.
 */
public final class ChangeFeedGuard<C> {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Queue<C> queued = new ConcurrentLinkedQueue<>();
    private final Consumer<C> apply;

    /** {@code apply} changes the state; it runs under the write lock, one change at a time, in order. */
    public ChangeFeedGuard(Consumer<C> apply) {
        this.apply = apply;
    }

    /** Queues the change and applies what is queued if no reader is in progress; never blocks. */
    public void submit(C change) {
        queued.add(change);
        if (lock.writeLock().tryLock()) {
            try {
                applyQueued();
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /** Runs the query on the state with every change submitted so far applied. */
    public <T> T read(Supplier<T> query) {
        if (queued.isEmpty()) {
            lock.readLock().lock();
        } else {
            lock.writeLock().lock();
            try {
                applyQueued();
                // Downgrading: the read lock is taken before the write lock is let go.
                lock.readLock().lock();
            } finally {
                lock.writeLock().unlock();
            }
        }
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void applyQueued() {
        C change;
        while ((change = queued.poll()) != null) {
            apply.accept(change);
        }
    }
}
