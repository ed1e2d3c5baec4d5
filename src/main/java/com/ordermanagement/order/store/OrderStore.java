package com.ordermanagement.order.store;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.StoredOrder;
import java.util.Optional;

/**
 * Where orders live. Implementations keep order numbers unique across all customers, hand out a new
 * ETag on every write and refuse a write whose expected ETag is stale.
 */
public interface OrderStore {

    /**
     * Stores a new order after reserving its number.
     *
     * @throws OrderNumberTakenException when another order holds the number already
     * @throws OrderAlreadyExistsException when an order with this id exists for the customer
     */
    StoredOrder create(Order order);

    /** Finds an order; with a customer id this is a point read, without it a search of every customer. */
    Optional<StoredOrder> find(String orderId, String customerId);

    Optional<StoredOrder> findByNumber(String orderNumber);

    /**
     * Replaces an order if its stored ETag still equals {@code expectedEtag}.
     *
     * @throws VersionConflictException when the order changed meanwhile
     * @throws OrderGoneException when the order no longer exists
     */
    StoredOrder replace(Order order, String expectedEtag);

    /**
     * Deletes an order and frees its number; a null ETag deletes whatever version is stored. The
     * deletion is remembered by {@link IdempotencyStore#rememberDeletion}, which the caller asks first.
     *
     * @throws VersionConflictException when the ETag is stale
     * @throws OrderGoneException when the order no longer exists
     */
    void delete(Order order, String expectedEtag);

    /** Lists orders newest first. */
    OrderSlice list(OrderListQuery query);

    /** Cheap round trip used by the readiness probe; throws when the store cannot be reached. */
    void ping();

    /** A short name for logs and health details. */
    String kind();
}
