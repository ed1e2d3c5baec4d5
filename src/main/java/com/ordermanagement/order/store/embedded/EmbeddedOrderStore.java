package com.ordermanagement.order.store.embedded;

import com.ordermanagement.common.concurrent.ReadWriteGuard;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.OrderAlreadyExistsException;
import com.ordermanagement.order.store.OrderChangeListener;
import com.ordermanagement.order.store.OrderChanged;
import com.ordermanagement.order.store.OrderGoneException;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.OrderNumberTakenException;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.StoreFullException;
import com.ordermanagement.order.store.VersionConflictException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps orders in memory with the same contract as Cosmos DB: ids unique per customer, numbers
 * unique everywhere, a new ETag on every write. One read-write lock keeps the indexes consistent.
 */
public class EmbeddedOrderStore implements OrderStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedOrderStore.class);

    private final ReadWriteGuard guard = new ReadWriteGuard();
    // Sized for the store's capacity up front (see capacityFor): a HashMap that grows rehashes every
    // entry in one step, and these three would grow together inside the write lock, stopping every
    // read and write for as long as rehashing hundreds of thousands of entries takes.
    private final Map<OrderKey, Versioned> orders;
    /** An {@link OrderKey}, or a list of them in the rare case of one id used by several customers. */
    private final Map<String, Object> keysById;

    private final Map<String, OrderKey> keysByNumber;
    private final NavigableSet<ListingPosition> newestFirst = new TreeSet<>(ListingPosition.NEWEST_FIRST);
    private final Map<String, NavigableSet<ListingPosition>> newestFirstByCustomer = new HashMap<>();
    private final Map<OrderStatus, NavigableSet<ListingPosition>> newestFirstByStatus =
            new EnumMap<>(OrderStatus.class);
    private final List<OrderChangeListener> listeners = new ArrayList<>();

    /**
     * A store for up to this many orders has maps that never grow; a larger (or unbounded) store
     * starts small and grows as it fills, rather than take more than three tables of 4 Mi slots
     * (16 MB each with compressed references) as soon as its first order arrives.
     */
    static final int PRESIZED_ORDERS_LIMIT = 3_000_000;

    public EmbeddedOrderStore() {
        this(Long.MAX_VALUE);
    }

    /** {@code maxOrders}: how many orders fit, so that the heap is never exhausted by orders. */
    public EmbeddedOrderStore(long maxOrders) {
        this.maxOrders = maxOrders;
        int capacity = capacityFor(maxOrders);
        this.orders = new HashMap<>(capacity);
        this.keysById = new HashMap<>(capacity);
        this.keysByNumber = new HashMap<>(capacity);
    }

    /** A HashMap capacity that holds {@code maxOrders} entries without growing, up to the limit. */
    static int capacityFor(long maxOrders) {
        if (maxOrders > PRESIZED_ORDERS_LIMIT) {
            return DEFAULT_CAPACITY;
        }
        // HashMap grows once it holds more than 3/4 of its table's slots.
        return (int) Math.max(DEFAULT_CAPACITY, maxOrders * 4 / 3 + 1);
    }

    private static final int DEFAULT_CAPACITY = 16;

    private final long maxOrders;
    private boolean warnedNearlyFull;

    /**
     * Listeners run inside the write lock, so they see every change exactly once and in order; a
     * listener must return without waiting (every read and write of orders waits while it runs).
     */
    public void addListener(OrderChangeListener listener) {
        guard.write(() -> listeners.add(listener));
    }

    @Override
    public StoredOrder create(Order order) {
        return guard.write(() -> {
            OrderKey key = OrderKey.of(order);
            if (orders.containsKey(key)) {
                throw new OrderAlreadyExistsException();
            }
            if (keysByNumber.containsKey(order.orderNumber())) {
                throw new OrderNumberTakenException();
            }
            if (orders.size() >= maxOrders) {
                throw new StoreFullException();
            }
            if (!warnedNearlyFull && orders.size() >= maxOrders / 10 * 9) {
                warnedNearlyFull = true;
                log.warn("The in-memory order store is 90 % full ({} of {} orders)", orders.size(), maxOrders);
            }
            Versioned stored = new Versioned(order, Versioned.next(0));
            orders.put(key, stored);
            keysById.merge(order.id(), key, EmbeddedOrderStore::withKey);
            keysByNumber.put(order.orderNumber(), key);
            index(order);
            notifyListeners(null, order);
            return stored.toStored();
        });
    }

    @Override
    public Optional<StoredOrder> find(String orderId, String customerId) {
        return guard.read(() -> {
            if (customerId != null) {
                return Optional.ofNullable(orders.get(new OrderKey(customerId, orderId)))
                        .map(Versioned::toStored);
            }
            return keysOf(orderId).stream()
                    .map(orders::get)
                    .map(Versioned::toStored)
                    .findFirst();
        });
    }

    @Override
    public Optional<StoredOrder> findByNumber(String orderNumber) {
        return guard.read(() -> Optional.ofNullable(keysByNumber.get(orderNumber))
                .map(orders::get)
                .map(Versioned::toStored));
    }

    @Override
    public StoredOrder replace(Order order, String expectedEtag) {
        return guard.write(() -> {
            OrderKey key = OrderKey.of(order);
            Versioned current = current(key, expectedEtag);
            Versioned stored = new Versioned(order, Versioned.next(current.version()));
            unindex(current.order());
            orders.put(key, stored);
            index(order);
            notifyListeners(current.order(), order);
            return stored.toStored();
        });
    }

    @Override
    public void delete(Order order, String expectedEtag) {
        guard.write(() -> {
            OrderKey key = OrderKey.of(order);
            Versioned current = current(key, expectedEtag);
            orders.remove(key);
            List<OrderKey> sameId = new ArrayList<>(keysOf(key.id()));
            sameId.remove(key);
            if (sameId.isEmpty()) {
                keysById.remove(key.id());
            } else {
                keysById.put(key.id(), sameId.size() == 1 ? sameId.get(0) : sameId);
            }
            keysByNumber.remove(current.order().orderNumber());
            unindex(current.order());
            notifyListeners(current.order(), null);
            return null;
        });
    }

    @Override
    public OrderSlice list(OrderListQuery query) {
        return guard.read(() -> {
            NavigableSet<ListingPosition> candidates = candidates(query);
            boolean statusScan = query.customerId() != null && query.status() != null;
            long total = statusScan
                    ? candidates.stream()
                            .filter(p -> hasStatus(p, query.status()))
                            .count()
                    : candidates.size();
            long offset = query.offset();
            Iterator<ListingPosition> cursor;
            if (query.continuationToken() != null) {
                ListingPosition.Resume resume = ListingPosition.fromToken(query.continuationToken(), query.filterKey());
                offset = resume.offset();
                cursor = candidates.tailSet(resume.after(), false).iterator();
            } else {
                cursor = candidates.iterator();
                long skipped = 0;
                while (skipped < offset && cursor.hasNext()) {
                    ListingPosition position = cursor.next();
                    if (!statusScan || hasStatus(position, query.status())) {
                        skipped++;
                    }
                }
            }
            List<StoredOrder> page = new ArrayList<>(query.pageSize());
            ListingPosition last = null;
            while (page.size() < query.pageSize() && cursor.hasNext()) {
                ListingPosition position = cursor.next();
                if (!statusScan || hasStatus(position, query.status())) {
                    page.add(orders.get(new OrderKey(position.customerId(), position.id()))
                            .toStored());
                    last = position;
                }
            }
            long end = offset + page.size();
            String next = end < total && last != null ? last.toToken(end, query.filterKey()) : null;
            return new OrderSlice(List.copyOf(page), total, offset, next);
        });
    }

    @Override
    public void ping() {
        // Memory is always reachable.
    }

    @Override
    public String kind() {
        return "embedded";
    }

    /** Number of stored orders; used by start-up logging and tests. */
    public int size() {
        return guard.read(orders::size);
    }

    private NavigableSet<ListingPosition> candidates(OrderListQuery query) {
        if (query.customerId() != null) {
            return newestFirstByCustomer.getOrDefault(query.customerId(), Collections.emptyNavigableSet());
        }
        if (query.status() != null) {
            return newestFirstByStatus.getOrDefault(query.status(), Collections.emptyNavigableSet());
        }
        return newestFirst;
    }

    private static NavigableSet<ListingPosition> newIndex() {
        return new TreeSet<>(ListingPosition.NEWEST_FIRST);
    }

    private boolean hasStatus(ListingPosition position, OrderStatus status) {
        return orders.get(new OrderKey(position.customerId(), position.id()))
                        .order()
                        .status()
                == status;
    }

    private Versioned current(OrderKey key, String expectedEtag) {
        Versioned current = orders.get(key);
        if (current == null) {
            throw new OrderGoneException();
        }
        if (expectedEtag != null && !expectedEtag.equals(current.etag())) {
            throw new VersionConflictException();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private List<OrderKey> keysOf(String id) {
        Object keys = keysById.get(id);
        if (keys == null) {
            return List.of();
        }
        return keys instanceof OrderKey key ? List.of(key) : (List<OrderKey>) keys;
    }

    @SuppressWarnings("unchecked")
    private static Object withKey(Object existing, Object added) {
        List<OrderKey> keys = new ArrayList<>();
        if (existing instanceof OrderKey key) {
            keys.add(key);
        } else {
            keys.addAll((List<OrderKey>) existing);
        }
        keys.add((OrderKey) added);
        return keys;
    }

    private void index(Order order) {
        ListingPosition position = ListingPosition.of(order);
        newestFirst.add(position);
        newestFirstByCustomer
                .computeIfAbsent(order.customerId(), c -> newIndex())
                .add(position);
        newestFirstByStatus.computeIfAbsent(order.status(), s -> newIndex()).add(position);
    }

    private void unindex(Order order) {
        ListingPosition position = ListingPosition.of(order);
        newestFirst.remove(position);
        NavigableSet<ListingPosition> mine = newestFirstByCustomer.get(order.customerId());
        mine.remove(position);
        if (mine.isEmpty()) {
            newestFirstByCustomer.remove(order.customerId());
        }
        newestFirstByStatus.get(order.status()).remove(position);
    }

    private void notifyListeners(Order before, Order after) {
        OrderChanged change = new OrderChanged(before, after);
        listeners.forEach(listener -> listener.orderChanged(change));
    }

    /**
     * An order and its version; the ETag text is made only when an order leaves the store, which
     * keeps a million stored orders from holding a million ETag strings.
     */
    private record Versioned(Order order, long version) {
        /**
         * A random version unlike the previous one: ETags are opaque and reveal nothing, unlike a
         * shared counter, whose values would tell any client how many writes the service takes.
         */
        static long next(long previous) {
            long version;
            do {
                version = ThreadLocalRandom.current().nextLong();
            } while (version == previous || version == 0);
            return version;
        }

        String etag() {
            return "\"" + Long.toHexString(version) + "\"";
        }

        StoredOrder toStored() {
            return new StoredOrder(order, etag());
        }
    }

    private record OrderKey(String customerId, String id) {
        static OrderKey of(Order order) {
            return new OrderKey(order.customerId(), order.id());
        }
    }
}
