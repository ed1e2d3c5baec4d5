package com.ordermanagement.order.domain;

/** The order's current state forbids the requested change. */
public class OrderStateConflictException extends RuntimeException {

    public OrderStateConflictException(String message) {
        super(message);
    }
}
