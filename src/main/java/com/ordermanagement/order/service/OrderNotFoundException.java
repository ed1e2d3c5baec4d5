package com.ordermanagement.order.service;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String what) {
        super("No order found with " + what);
    }
}
