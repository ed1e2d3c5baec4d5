package com.ordermanagement.order.store;

/** Binds a client's Idempotency-Key to the request it first came with and the order it produced. */
public record IdempotencyClaim(String key, String requestFingerprint, String orderId, String customerId) {}
