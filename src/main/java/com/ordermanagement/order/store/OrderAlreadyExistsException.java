package com.ordermanagement.order.store;

public class OrderAlreadyExistsException extends RuntimeException {

    public OrderAlreadyExistsException() {
        super("an order with this id exists already");
    }
}
