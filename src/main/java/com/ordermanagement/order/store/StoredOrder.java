package com.ordermanagement.order.store;

import com.ordermanagement.order.domain.Order;

/** An order together with the version tag the store gave it, used for optimistic concurrency. */
public record StoredOrder(Order order, String etag) {}
