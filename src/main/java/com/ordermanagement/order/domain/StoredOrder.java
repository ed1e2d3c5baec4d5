package com.ordermanagement.order.domain;

/** An order together with the version tag the store gave it, used for optimistic concurrency. */
public record StoredOrder(Order order, String etag) {}
