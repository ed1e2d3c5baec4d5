package com.ordermanagement.order.store;

/** The store holds as many orders as it may; nothing new fits until some are deleted. */
public class StoreFullException extends RuntimeException {

    public StoreFullException() {
        super("The in-memory order store is full; delete orders or run with Cosmos DB");
    }
}
