package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.StoredOrder;

/** The result of a create: {@code replayed} when an Idempotency-Key repeat returned the first result. */
public record CreatedOrder(StoredOrder stored, boolean replayed) {}
