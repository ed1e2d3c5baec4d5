package com.ordermanagement.analytics.service;

public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException() {
        super("The customer has no orders that count as revenue in this range and currency");
    }
}
