package com.ordermanagement.order.service;

/** The client's If-Match ETag no longer names the stored version of the order. */
public class StaleOrderException extends RuntimeException {

    public StaleOrderException() {
        super("The order has changed since the given ETag; fetch it again and retry");
    }
}
