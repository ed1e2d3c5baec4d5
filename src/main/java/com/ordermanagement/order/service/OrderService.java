package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderChanges;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderNumber;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.OrderStateConflictException;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.IdempotencyStore;
import com.ordermanagement.order.store.OrderAlreadyExistsException;
import com.ordermanagement.order.store.OrderGoneException;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.OrderNumberTakenException;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The order use cases: every rule lives in the domain types, every byte in the store. */
@Service
public class OrderService {

    /** Collisions among 16^8 numbers a day are rare; a handful of retries makes failure practically impossible. */
    private static final int NUMBER_ATTEMPTS = 8;

    /** Retries of a read-modify-write that lost a race, when the client did not ask for If-Match. */
    private static final int WRITE_ATTEMPTS = 10;

    /** What {@code ORDERS_MAX_PAGE_OFFSET} defaults to, as Elasticsearch's max_result_window. */
    public static final long DEFAULT_MAX_PAGE_OFFSET = 10_000;

    private final OrderStore store;
    private final IdempotencyStore idempotency;
    private final Clock clock;
    private final OrderNumber numbers;
    private final OrderMetrics metrics;
    private final long maxPageOffset;

    @Autowired
    public OrderService(
            OrderStore store,
            IdempotencyStore idempotency,
            Clock clock,
            OrderNumber numbers,
            OrderMetrics metrics,
            @Value("${orders.max-page-offset:" + DEFAULT_MAX_PAGE_OFFSET + "}") long maxPageOffset) {
        this.store = store;
        this.idempotency = idempotency;
        this.clock = clock;
        this.numbers = numbers;
        this.metrics = metrics;
        this.maxPageOffset = maxPageOffset;
    }

    public OrderService(
            OrderStore store, IdempotencyStore idempotency, Clock clock, OrderNumber numbers, OrderMetrics metrics) {
        this(store, idempotency, clock, numbers, metrics, DEFAULT_MAX_PAGE_OFFSET);
    }

    public CreatedOrder create(OrderDraft draft, String idempotencyKey) {
        String orderId = UUID.randomUUID().toString();
        if (idempotencyKey != null) {
            String fingerprint = RequestFingerprint.of(draft);
            IdempotencyClaim claim =
                    idempotency.claim(new IdempotencyClaim(idempotencyKey, fingerprint, orderId, draft.customerId()));
            if (!claim.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            if (!claim.orderId().equals(orderId)) {
                var first = store.find(claim.orderId(), claim.customerId());
                if (first.isPresent()) {
                    return new CreatedOrder(first.get(), true);
                }
                if (idempotency.wasDeleted(claim.orderId(), claim.customerId())) {
                    throw new IdempotentOrderDeletedException();
                }
                // The first attempt claimed the key but never stored its order: finish it under the same id.
                orderId = claim.orderId();
            }
        }
        Instant now = now();
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            Order order = draft.toOrder(orderId, numbers.next(now), now);
            try {
                StoredOrder created = store.create(order);
                metrics.created(created.order());
                return new CreatedOrder(created, false);
            } catch (OrderNumberTakenException e) {
                // Another order got this number first: draw again.
            } catch (OrderAlreadyExistsException e) {
                // A concurrent repeat of the same Idempotency-Key stored it first.
                return new CreatedOrder(load(orderId, draft.customerId()), true);
            }
        }
        throw new IllegalStateException("No free order number after " + NUMBER_ATTEMPTS + " attempts");
    }

    public StoredOrder get(String orderId, String customerId) {
        return load(orderId, customerId);
    }

    public StoredOrder getByNumber(String orderNumber) {
        if (!OrderNumber.couldExist(orderNumber)) {
            throw new OrderNotFoundException("this order number");
        }
        return store.findByNumber(orderNumber).orElseThrow(() -> new OrderNotFoundException("this order number"));
    }

    public OrderSlice list(String customerId, OrderStatus status, int page, int pageSize, String continuationToken) {
        long offset = (long) (page - 1) * pageSize;
        if (continuationToken == null && offset > maxPageOffset) {
            throw new PageTooDeepException(maxPageOffset);
        }
        return store.list(new OrderListQuery(customerId, status, offset, pageSize, continuationToken));
    }

    public StoredOrder update(String orderId, String customerId, OrderChanges changes, String ifMatch) {
        return countingCancellations(orderId, customerId, ifMatch, order -> changes.applyTo(order, now()));
    }

    /** Cancelling a cancelled order answers it unchanged; shipped, delivered and refunded ones conflict. */
    public StoredOrder cancel(String orderId, String customerId, String reason, String ifMatch) {
        return countingCancellations(orderId, customerId, ifMatch, order -> order.cancel(reason, now()));
    }

    /** A change that may cancel the order (update or cancel) counts the cancellation once, when it happens. */
    private StoredOrder countingCancellations(
            String orderId, String customerId, String ifMatch, UnaryOperator<Order> change) {
        boolean[] cancelledNow = {false};
        StoredOrder result = modify(orderId, customerId, ifMatch, order -> {
            Order changed = change.apply(order);
            cancelledNow[0] = order.status() != OrderStatus.CANCELLED && changed.status() == OrderStatus.CANCELLED;
            return changed;
        });
        if (cancelledNow[0]) {
            metrics.cancelled(result.order());
        }
        return result;
    }

    public Order delete(String orderId, String customerId, String ifMatch) {
        StoredOrder current = load(orderId, customerId);
        requireMatch(ifMatch, current);
        // The mark goes first: should the delete then fail, a replay still finds the order itself.
        idempotency.rememberDeletion(current.order());
        try {
            store.delete(current.order(), ifMatch != null ? current.etag() : null);
        } catch (VersionConflictException e) {
            throw new StaleOrderException();
        } catch (OrderGoneException e) {
            throw new OrderNotFoundException("this id");
        }
        return current.order();
    }

    private StoredOrder modify(String orderId, String customerId, String ifMatch, UnaryOperator<Order> change) {
        for (int attempt = 1; ; attempt++) {
            StoredOrder current = load(orderId, customerId);
            requireMatch(ifMatch, current);
            Order changed = change.apply(current.order());
            if (changed.equals(current.order())) {
                return current;
            }
            try {
                return store.replace(changed, current.etag());
            } catch (VersionConflictException e) {
                if (ifMatch != null) {
                    throw new StaleOrderException();
                }
                if (attempt >= WRITE_ATTEMPTS) {
                    throw new OrderStateConflictException("The order is being changed by other requests; retry");
                }
            } catch (OrderGoneException e) {
                throw new OrderNotFoundException("this id");
            }
        }
    }

    private static void requireMatch(String ifMatch, StoredOrder current) {
        if (ifMatch != null && !IfMatch.parse(ifMatch).matches(current.etag())) {
            throw new StaleOrderException();
        }
    }

    private StoredOrder load(String orderId, String customerId) {
        return store.find(orderId, customerId).orElseThrow(() -> new OrderNotFoundException("this id"));
    }

    /** Timestamps are kept to the microsecond, the precision the Cosmos documents hold. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
