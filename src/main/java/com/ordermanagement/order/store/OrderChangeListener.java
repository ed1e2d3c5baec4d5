package com.ordermanagement.order.store;

/** Told of every {@link OrderChanged}, inside the write; it must be quick and must not call the store. */
@FunctionalInterface
public interface OrderChangeListener {

    void orderChanged(OrderChanged change);
}
