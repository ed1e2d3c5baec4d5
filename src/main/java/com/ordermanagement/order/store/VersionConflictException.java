package com.ordermanagement.order.store;

public class VersionConflictException extends RuntimeException {

    public VersionConflictException() {
        super("the order was changed by another request");
    }
}
