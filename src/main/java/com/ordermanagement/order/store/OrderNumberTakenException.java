package com.ordermanagement.order.store;

public class OrderNumberTakenException extends RuntimeException {

    public OrderNumberTakenException() {
        super("another order holds this order number");
    }
}
