package com.ordermanagement.order.domain;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String what) {
        super("No order found with " + what);
    }
}
