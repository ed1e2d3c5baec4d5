package com.ordermanagement.order.store;

public class InvalidContinuationTokenException extends RuntimeException {

    public InvalidContinuationTokenException() {
        super("continuation_token is not valid for this listing");
    }
}
