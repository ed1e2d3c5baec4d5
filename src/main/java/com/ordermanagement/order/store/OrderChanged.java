package com.ordermanagement.order.store;

import com.ordermanagement.order.domain.Order;

/**
 * What the order feature publishes about a write: the order before (null when created) and after
 * (null when deleted). Delivered synchronously inside the write, in write order, so that whoever
 * keeps derived data (the analytics rollups) stays exactly in step without reading the store.
 */
public record OrderChanged(Order before, Order after) {}
