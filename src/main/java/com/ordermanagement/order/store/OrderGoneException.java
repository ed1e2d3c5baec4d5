package com.ordermanagement.order.store;

public class OrderGoneException extends RuntimeException {

    public OrderGoneException() {
        super("the order no longer exists");
    }
}
